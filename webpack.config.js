// Builds the add-in after the official Office add-in React template:
//   webpack --mode production    dist/ for the web server named by ADDIN_PUBLIC_URL
//   webpack --mode development   dist/ for https://localhost:3000, Office.js served from the npm package
//   webpack serve                the development build on https://localhost:3000 (certificates from office-addin-dev-certs)

const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_PORT = 3000;
const DEV_URL = `https://localhost:${DEV_PORT}/`;
/**
 * The production URL when ADDIN_PUBLIC_URL is not set. A reserved .example name (RFC 2606) that can never resolve,
 * so a manifest built without setting it fails to load instead of fetching the add-in from someone else's server.
 */
const DEFAULT_PUBLIC_URL = "https://budget-check.example/";
/** The pages load Office.js from Microsoft's CDN, as AppSource requires; development swaps in the npm copy. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";

/** The production base URL: https, ending in "/", so that "https://localhost:3000/x" maps to "<base>x". */
function publicUrl() {
  const raw = process.env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must use https (Office loads add-ins only over https): ${raw}`);
  if (url.hostname === "localhost") throw new Error(`ADDIN_PUBLIC_URL must not be localhost: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The manifest for a base URL: every development URL rewritten, nothing else left pointing at localhost, and the
 * comments (notes for developers) dropped.
 */
function manifestFor(base) {
  return (content) => {
    const text = content.toString("utf8").replace(/<!--[\s\S]*?-->\s*/g, "").split(DEV_URL).join(base);
    if (/localhost/i.test(text)) throw new Error(`manifest.xml names localhost outside ${DEV_URL} URLs`);
    return text;
  };
}

/** Points the pages' Office.js script at the copy from @microsoft/office-js, so development works offline. */
class LocalOfficeJsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap(LocalOfficeJsPlugin.name, (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap(LocalOfficeJsPlugin.name, (data) => {
        data.html = data.html.split(OFFICE_JS_CDN).join(OFFICE_JS_LOCAL);
        return data;
      });
    });
  }
}

/** Office.js and the files it loads at run time for Excel: the host scripts and the UI strings of each locale. */
function officeJsCopies() {
  const dist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
  // Copied files are already minified; marking them so keeps Terser off them if a build ever minimises.
  const copy = (from, to = "office-js/[path][name][ext]") => ({ from, context: dist, to, info: { minimized: true } });
  return [
    copy("office.js"),
    { ...copy("excel-*16.0*.js"), globOptions: { ignore: ["**/*.debug.js"] } },
    copy("*/office_strings.js"),
    // A single file keeps no folder of its own through [path], so its folder is spelt out.
    copy("telemetry/oteljs_agave.js", "office-js/telemetry/[name][ext]"),
  ];
}

async function httpsOptions() {
  // Required here, not at the top: only `webpack serve` needs (and may create and trust) the certificates.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const manifest = { from: "manifest.xml", to: "manifest.xml" };
  return {
    // Never an eval-based source map, in development either: the pages' Content-Security-Policy is to forbid eval.
    devtool: "source-map",
    // Excel's webviews (WebView2, Safari 14+ on Mac) run ES2020, so webpack's own runtime may use globalThis
    // instead of its `new Function("return this")` fallback, which no eval-free page may contain.
    target: ["web", "es2020"],
    entry: {
      // In the shared runtime the pane's page is also the ribbon's function file: one bundle, one store.
      taskpane: ["./src/taskpane/index.tsx", "./src/commands/commands.ts"],
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // Type errors are `tsc --noEmit`'s job (npm test); the bundle only needs the JavaScript.
            transpileOnly: true,
            compilerOptions: {
              noEmit: false,
              // ES modules let webpack drop unused exports; ES2020 as for webpack's target above.
              module: "es2020",
              target: "es2020",
              sourceMap: true,
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // React and Fluent UI change less often than our code, so browsers keep them cached across releases.
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            chunks: (chunk) => chunk.name === "taskpane",
          },
        },
      },
    },
    performance: {
      // A budget for the pane, not a wish: the build warns when React + Fluent + our code grows past it.
      maxEntrypointSize: 700_000,
      maxAssetSize: 550_000,
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/support/support.html", to: "support.html" },
          dev ? manifest : { ...manifest, transform: manifestFor(publicUrl()) },
          ...(dev ? officeJsCopies() : []),
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      ...(dev ? [new LocalOfficeJsPlugin()] : []),
    ],
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? { type: "https", options: await httpsOptions() } : undefined,
    },
  };
};
