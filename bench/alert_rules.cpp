// SPDX-License-Identifier: MIT
// The alert rules on one reported shadow update (alerts::AlertRules::onReported, as the cloud
// will call it for every report), against a baseline measured in the same run: parsing that
// same report's JSON, which the cloud does for every report anyway.
#include "BenchSupport.h"

#include "alerts/AlertRules.h"

#include <QJsonDocument>

using namespace larder::alerts;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = benchSamples() * 10;
    Thresholds thresholds;
    FridgeWatch watch;
    QList<QByteArray> reports;
    for (int i = 0; i < n; ++i) // a fridge at 20×, its door opening and closing, warming
        reports.append(
            QStringLiteral(R"({"clock":%1,"doorOpen":%2,"doorOpenedAt":%3,)"
                           R"("fridge":{"temperature":%4},"freezer":{"temperature":%5}})")
                .arg(1'000'000 + i * 20)
                .arg(i % 400 < 300 ? "true" : "false")
                .arg(1'000'000 + (i / 400) * 8000)
                .arg(4.0 + (i % 400) * 0.02, 0, 'f', 2)
                .arg(-18.0 + (i % 400) * 0.02, 0, 'f', 2)
                .toUtf8());
    QList<double> rules, parsing;
    QElapsedTimer timer;
    qsizetype sink = 0;
    for (int i = 0; i < n; ++i) {
        const QJsonObject reported = QJsonDocument::fromJson(reports.at(i)).object();
        timer.start();
        sink += AlertRules::onReported(watch, reported, 50'000 + i, thresholds).size();
        rules.append(timer.nsecsElapsed() / 1e6);

        timer.start();
        sink += QJsonDocument::fromJson(reports.at(i)).object().size();
        parsing.append(timer.nsecsElapsed() / 1e6);
    }
    QJsonObject result = comparison("alert_rules_per_update", rules, parsing,
                                    {{"n", n}, {"baseline", "parse_the_report_json"}});
    result.insert("p50_us", percentile(rules, 50) * 1000);
    result.insert("p99_us", percentile(rules, 99) * 1000);
    result.insert("checksum", double(sink % 1000)); // keeps the work from being optimized away
    printResult(result);
    return 0;
}
