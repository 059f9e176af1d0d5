// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick

// Colours, type and spacing for every Larder screen, in light and dark.
QtObject {
    id: root

    property bool dark: false
    /// Text size as a factor of the design's (Settings: 1.0 to 1.5).
    property real textScale: 1.0
    /// True when the screens speak Chinese (its own typeface, which also covers Latin).
    property bool cjk: false

    readonly property color background: root.dark ? "#0E1318" : "#F2F5F8"
    readonly property color surface: root.dark ? "#182028" : "#FFFFFF"
    readonly property color surfaceAlt: root.dark ? "#212B35" : "#EAF0F5"
    readonly property color border: root.dark ? "#2A3540" : "#DCE4EC"
    readonly property color text: root.dark ? "#E9EFF4" : "#13202B"
    readonly property color textMuted: root.dark ? "#94A3B0" : "#5A6977"
    readonly property color accent: root.dark ? "#5CB2FF" : "#145FD0"
    readonly property color textOnAccent: root.dark ? "#06131F" : "#FFFFFF"
    readonly property color fridgeTone: root.dark ? "#67C6FF" : "#1E88E5"
    readonly property color freezerTone: root.dark ? "#A0A8FF" : "#4F46E5"
    readonly property color success: root.dark ? "#4ACB8A" : "#187A4B"
    readonly property color warning: root.dark ? "#F5BE4F" : "#965A00"
    readonly property color warningSurface: root.dark ? "#3A2E14" : "#FFF4DE"
    readonly property color danger: root.dark ? "#FF8080" : "#B83232"
    readonly property color dangerSurface: root.dark ? "#3B1D1F" : "#FDECEC"
    readonly property color infoSurface: root.dark ? "#13283D" : "#E6F1FE"

    readonly property string fontFamily: root.cjk ? "Noto Sans CJK SC" : "Inter"
    readonly property int fontCaption: Math.round(12 * root.textScale)
    readonly property int fontSmall: Math.round(13 * root.textScale)
    readonly property int fontBody: Math.round(15 * root.textScale)
    readonly property int fontLabel: Math.round(16 * root.textScale)
    readonly property int fontTitle: Math.round(20 * root.textScale)
    readonly property int fontHeadline: Math.round(26 * root.textScale)
    readonly property int fontDisplay: Math.round(52 * root.textScale)

    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int spacingXxl: 32

    readonly property int radius: 20
    readonly property int radiusSmall: 12
    readonly property int touchTarget: 48
    readonly property int maxContentWidth: 1100
    readonly property int animationMs: 160
}
