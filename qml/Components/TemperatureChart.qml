// SPDX-License-Identifier: MIT
import QtQuick
import Larder.Theme

// One compartment's temperature over a range, drawn so "was the food safe?" is answered at a
// glance: the line in the compartment's colour (red where it was above the limit), the limit as
// a red dashed line, the setpoint as a grey dashed one, the door's openings as ticks along the
// bottom and the alerts raised as red dots along the top; the highest and lowest degrees on
// the left, the range's start and end below.
Item {
    id: root

    /// [{t (ms), v (°C)}], oldest first.
    required property var series
    required property real from
    required property real to
    property real setpoint: NaN
    property real limit: NaN
    /// [{t, n}] and [{t, condition, type}].
    property var doors: []
    property var alerts: []
    property color tone: Theme.fridgeTone
    /// Times under the axis: "HH:mm" for a day, dates for a month.
    property bool byDate: false
    /// A trend line only (the door's compartment cards): no labels, no frame.
    property bool bare: false

    readonly property var span: {
        let low = Infinity, high = -Infinity;
        const series = root.series; // read once: each read of a list property copies it
        for (let i = 0; i < series.length; ++i) {
            low = Math.min(low, series[i].v);
            high = Math.max(high, series[i].v);
        }
        for (const extra of [root.setpoint, root.limit])
            if (!isNaN(extra)) {
                low = Math.min(low, extra);
                high = Math.max(high, extra);
            }
        if (!isFinite(low))
            return {low: 0, high: 1};
        return {low: Math.floor(low - 1), high: Math.ceil(high + 1)};
    }
    readonly property real axisWidth: root.bare ? 0 : Math.max(lowLabel.implicitWidth, highLabel.implicitWidth) + Theme.spacingS

    implicitHeight: root.bare ? 40 : 160 * Theme.textScale
    Accessible.role: Accessible.Graphic

    onSeriesChanged: canvas.requestPaint()
    onSpanChanged: canvas.requestPaint()
    onToneChanged: canvas.requestPaint()
    onDoorsChanged: canvas.requestPaint()
    onAlertsChanged: canvas.requestPaint()

    Text {
        id: highLabel
        visible: !root.bare
        anchors.left: parent.left
        y: canvas.y - height / 2
        text: Format.degrees(root.span.high, 0)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
    }
    Text {
        id: lowLabel
        visible: !root.bare
        anchors.left: parent.left
        y: canvas.y + canvas.height - height / 2
        text: Format.degrees(root.span.low, 0)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
    }

    Canvas {
        id: canvas
        x: root.axisWidth
        y: root.bare ? 0 : Theme.spacingS
        width: Math.max(0, root.width - root.axisWidth)
        height: root.bare ? root.height : Math.max(0, root.height - startLabel.implicitHeight - 2 * Theme.spacingS)
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
        Connections {
            target: Theme
            function onDarkChanged() {
                canvas.requestPaint();
            }
        }

        function xOf(t) {
            return (t - root.from) / Math.max(1, root.to - root.from) * width;
        }
        function yOf(v) {
            return height - (v - root.span.low) / Math.max(0.1, root.span.high - root.span.low) * height;
        }
        function dashed(ctx, value, color) {
            if (isNaN(value))
                return;
            ctx.strokeStyle = color;
            ctx.lineWidth = 1.5;
            ctx.beginPath();
            for (let x = 0; x < width; x += 10) {
                ctx.moveTo(x, yOf(value));
                ctx.lineTo(Math.min(width, x + 5), yOf(value));
            }
            ctx.stroke();
        }

        onPaint: {
            const ctx = getContext("2d");
            ctx.reset();
            // A frame of three lines.
            ctx.strokeStyle = Theme.border;
            ctx.lineWidth = 1;
            ctx.beginPath();
            for (const f of (root.bare ? [] : [0, 0.5, 1])) {
                ctx.moveTo(0, Math.round(f * (height - 1)) + 0.5);
                ctx.lineTo(width, Math.round(f * (height - 1)) + 0.5);
            }
            ctx.stroke();
            dashed(ctx, root.setpoint, Theme.textMuted);
            dashed(ctx, root.limit, Theme.danger);
            // The line, one point per pixel column (a month has thousands of readings), broken
            // where readings are missing for a while, red where it was above the limit: each
            // run of one colour drawn as one path.
            const columns = [];
            const series = root.series;
            for (const point of series) {
                const x = Math.round(xOf(point.t));
                const last = columns.length ? columns[columns.length - 1] : null;
                if (last && last.x === x) {
                    last.sum += point.v;
                    last.n += 1;
                    last.t = point.t;
                } else {
                    columns.push({x: x, t: point.t, sum: point.v, n: 1});
                }
            }
            const gap = (root.to - root.from) / 48;
            ctx.lineWidth = 2.5;
            ctx.lineJoin = "round";
            let colour = "";
            ctx.beginPath();
            for (let i = 1; i < columns.length; ++i) {
                const a = columns[i - 1], b = columns[i];
                if (b.t - a.t > gap)
                    continue;
                const av = a.sum / a.n, bv = b.sum / b.n;
                const wanted = !isNaN(root.limit) && (av > root.limit || bv > root.limit) ? Theme.danger : root.tone;
                if (wanted !== colour) {
                    ctx.stroke();
                    ctx.strokeStyle = colour = wanted;
                    ctx.beginPath();
                }
                ctx.moveTo(a.x, yOf(av));
                ctx.lineTo(b.x, yOf(bv));
            }
            ctx.stroke();
            if (series.length === 1) {
                ctx.fillStyle = root.tone;
                ctx.beginPath();
                ctx.arc(xOf(series[0].t), yOf(series[0].v), 3, 0, 2 * Math.PI);
                ctx.fill();
            }
            // The door's openings along the bottom, the alerts along the top.
            ctx.strokeStyle = Theme.warning;
            ctx.lineWidth = 2;
            ctx.beginPath();
            const doors = root.doors;
            for (const door of doors) {
                ctx.moveTo(xOf(door.t), height);
                ctx.lineTo(xOf(door.t), height - Math.min(12, 4 + 2 * door.n));
            }
            ctx.stroke();
            ctx.fillStyle = Theme.danger;
            const alerts = root.alerts;
            for (const alert of alerts) {
                ctx.beginPath();
                ctx.arc(xOf(alert.t), 5, 4, 0, 2 * Math.PI);
                ctx.fill();
            }
        }
    }

    Text {
        id: startLabel
        visible: !root.bare
        anchors.left: canvas.left
        anchors.bottom: parent.bottom
        text: root.label(root.from)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
    }
    Text {
        visible: !root.bare
        anchors.right: canvas.right
        anchors.bottom: parent.bottom
        text: qsTr("now")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
    }

    function label(ms) {
        const when = new Date(ms);
        return root.byDate ? Format.date(when) : Format.time(when);
    }
}
