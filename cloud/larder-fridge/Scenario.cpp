// SPDX-License-Identifier: MIT
#include "Scenario.h"

#include <QTimer>

namespace larder::fridge {

std::optional<Scenario> Scenario::parse(const QString &script, QString *error)
{
    Scenario scenario;
    for (const QString &part : script.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        bool ok = false;
        const double at = part.left(colon).trimmed().toDouble(&ok);
        const QString action = part.mid(colon + 1).trimmed();
        if (colon < 0 || !ok || at < 0) {
            *error = QStringLiteral("scenario step '%1' should look like SECONDS:ACTION").arg(part);
            return std::nullopt;
        }
        Step step{at, {}, {}};
        if (action == u"open" || action == u"close") {
            step.path = QStringLiteral("door");
            step.value = action == u"open";
        } else if (const qsizetype eq = action.indexOf(u'='); eq > 0) {
            step.path = action.left(eq);
            const QString text = action.mid(eq + 1);
            const double number = text.toDouble(&ok);
            step.value = ok                                      ? QJsonValue(number)
                         : (text == u"true" || text == u"false") ? QJsonValue(text == u"true")
                                                                 : QJsonValue(text);
            if (step.path == u"fault" &&
                !QStringList{QStringLiteral("sensor"), QStringLiteral("compressor"),
                             QStringLiteral("none")}
                     .contains(text)) {
                *error = QStringLiteral("scenario step '%1': a fault is sensor, compressor or "
                                        "none")
                             .arg(part);
                return std::nullopt;
            }
            if (step.path == u"light" && text != u"on" && text != u"off") {
                *error = QStringLiteral("scenario step '%1': the light is on or off").arg(part);
                return std::nullopt;
            }
        } else {
            *error = QStringLiteral("unknown scenario action '%1' (open, close, fault=KIND, "
                                    "light=on|off, FIELD=VALUE)")
                         .arg(action);
            return std::nullopt;
        }
        scenario.m_steps.append(step);
    }
    return scenario;
}

void Scenario::run(QObject *context, const std::function<void(const Step &)> &perform) const
{
    for (const Step &step : m_steps)
        QTimer::singleShot(int(step.atSeconds * 1000), context, [perform, step] { perform(step); });
}

} // namespace larder::fridge
