import { createFocusOutlineStyle, tokens, type GriffelStyle } from "@fluentui/react-components";

/** A list entry's text (a finding, a found table): small, aligned to the start, in the list's colour. */
export const listEntryText: GriffelStyle = {
  paddingBlock: tokens.spacingVerticalXS,
  paddingInline: tokens.spacingHorizontalS,
  borderRadius: tokens.borderRadiusMedium,
  textAlign: "start",
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
  color: tokens.colorNeutralForeground1,
};

/** A list entry that is a button: no chrome but on hover and press, and Fluent's focus ring around the entry. */
export const listEntryButton: GriffelStyle = {
  // The focus outline is drawn by an ::after placed against the nearest positioned box: this one.
  position: "relative",
  backgroundColor: "transparent",
  border: "none",
  cursor: "pointer",
  ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
  ...createFocusOutlineStyle(),
};
