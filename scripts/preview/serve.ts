/**
 * `npm run preview`: builds what is stale (the production pane, the preview), then serves the built task pane
 * beside a grid of its fake workbook on http://localhost:3100 (PORT overrides), until Ctrl+C.
 */
import { ensureBuilt } from "./build";
import { startPreviewServer } from "./server";

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3100);
  await ensureBuilt(console.log);
  const { origin } = await startPreviewServer({ port, localOfficeJs: true });
  console.log(`예산·자산 점검 미리 보기: ${origin.replace("127.0.0.1", "localhost")}/`);
  console.log("Budget Check preview running; press Ctrl+C to stop.");
}

main().catch((error: unknown) => {
  console.error(`The preview could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
