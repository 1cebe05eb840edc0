import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { themeFor } from "../../src/taskpane/theme";

describe("themeFor", () => {
  it("follows Office's dark and light themes", () => {
    expect(themeFor({ isDarkTheme: true, bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(themeFor({ isDarkTheme: false, bodyBackgroundColor: "#ffffff" })).toBe(webLightTheme);
  });

  it("judges by the body colour where Office does not say, and is light when it knows nothing", () => {
    const unknown = undefined as unknown as boolean;
    expect(themeFor({ isDarkTheme: unknown, bodyBackgroundColor: "#1F1F1F" })).toBe(webDarkTheme);
    expect(themeFor({ isDarkTheme: unknown, bodyBackgroundColor: "#F3F3F3" })).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
  });
});
