// Builds the preview and the e2e harness into dist-preview/ (never deployed; dist/ stays free of the fake host):
//   office-shim.js  the fake Office host, appended to Office.js by scripts/preview (see src/preview/shim/)
//   index.html      the preview page: the built task pane beside a grid of the fake workbook
// The fake host reads .xlsx through ExcelJS's own sources (its parser fix, src/fake-excel/exceljs-fix.ts, patches
// those), so the Node built-ins they name get browser stand-ins here.

const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const exceljs = (file) => path.resolve(__dirname, "node_modules/exceljs/lib", file);

module.exports = (_env, argv) => ({
  devtool: argv.mode === "development" ? "source-map" : false,
  target: ["web", "es2020"],
  entry: {
    "office-shim": "./src/preview/shim/index.ts",
    preview: "./src/preview/shell/index.tsx",
  },
  output: {
    path: path.resolve(__dirname, "dist-preview"),
    filename: "[name].js",
    // The fake host is a chunk loaded from this server (see src/preview/shim/index.ts), whatever URL Office.js came from.
    publicPath: "/preview/",
    // Not the package name: the shim shares its page with the production bundle, whose chunk registry has that one.
    uniqueName: "budgetCheckPreview",
    clean: true,
  },
  resolve: {
    extensions: [".ts", ".tsx", ".js"],
    alias: {
      // The package's "browser" field points at a prebuilt copy; the sources are what src/fake-excel/exceljs-fix.ts patches.
      exceljs$: exceljs("exceljs.bare.js"),
      // CSV needs Node streams and is never used: Workbook only builds it on first access.
      [exceljs("csv/csv.js")]: false,
    },
    fallback: { fs: false, crypto: false, stream: require.resolve("readable-stream") },
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        loader: "ts-loader",
        options: { transpileOnly: true, compilerOptions: { noEmit: false, module: "es2020", target: "es2020" } },
      },
    ],
  },
  // The fake host in one chunk, ExcelJS included.
  optimization: { splitChunks: false },
  // ExcelJS alone is larger than webpack's default budget; this bundle is for a local preview, not for users.
  performance: { hints: false },
  plugins: [
    // A `node:` request never reaches resolve.alias; the package reader's inflater is swapped here instead.
    new webpack.NormalModuleReplacementPlugin(/^node:zlib$/, path.resolve(__dirname, "src/preview/shim/node-zlib.ts")),
    new webpack.ProvidePlugin({
      Buffer: ["buffer", "Buffer"],
      process: path.resolve(__dirname, "src/preview/shim/node-process.ts"),
    }),
    new HtmlWebpackPlugin({ filename: "index.html", template: "./src/preview/shell/preview.html", chunks: ["preview"] }),
  ],
});
