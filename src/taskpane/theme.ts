/// <reference types="office-js" />
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

type OfficeColors = Pick<Office.OfficeTheme, "isDarkTheme" | "bodyBackgroundColor">;

/** Fluent's dark theme under Office's Black and Dark Gray themes, the light one otherwise. */
export function themeFor(officeTheme: OfficeColors | undefined): Theme {
  return officeTheme && isDark(officeTheme) ? webDarkTheme : webLightTheme;
}

// Excel builds older than `isDarkTheme` still give the body colour: dark when its luminance is low.
function isDark({ isDarkTheme, bodyBackgroundColor }: OfficeColors): boolean {
  if (typeof isDarkTheme === "boolean") return isDarkTheme;
  const rgb = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bodyBackgroundColor ?? "");
  if (!rgb) return false;
  const [r, g, b] = rgb.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
