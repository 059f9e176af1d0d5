// SPDX-License-Identifier: MIT
// A 100 MB file up through presigned URLs, by the app's uploader (reserve, 8 MiB parts streamed
// from the file, the cloud's check), beside a baseline measured in the same run: curl
// --upload-file of the same file to a presigned PUT on the same edge, then the same check.
// Three alternating rounds; the medians, throughputs and their ratio, and the app's memory
// growth while uploading (resident set, sampled every 5 ms). Then a multipart upload killed at
// 60 % and restarted: what the restart sent again.
#include "BenchSupport.h"
#include "CloudFixture.h"
#include "CloudHttp.h"

#include "api/ApiClient.h"
#include "media/MediaUploader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace larder;

namespace {
constexpr qint64 kSize = 100'000'000;

int fail(const char *why)
{
    std::fprintf(stderr, "bench: %s\n", why);
    return 1;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

bool writeVideo(const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 written = 0; written < kSize; written += chunk.size()) {
        for (qsizetype i = 0; i < chunk.size(); ++i)
            chunk[i] = char(((written + i) * 131) >> 5);
        if (written == 0)
            chunk.replace(0, 12,
                          QByteArray("\0\0\0\x18"
                                     "ftypmp42",
                                     12));
        if (out.write(chunk.left(qMin<qint64>(chunk.size(), kSize - written))) < 0)
            return false;
    }
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CloudFixture cloud;
    if (!cloud.start())
        return fail("cannot start the local cloud");
    CloudHttp http(cloud);
    QString token = http.signedInAccounts({"bench-owner"}).value("bench-owner");
    const QString family = http.createFamily("Bench", token);
    QTemporaryDir dir;
    const QString video = dir.filePath("video.mp4");
    if (family.isEmpty() || !writeVideo(video))
        return fail("cannot set up the family or the file");
    const QString caFile = http.profile().value("caFile").toString();

    QNetworkAccessManager network;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caFile));
    api::ApiClient api(
        &network, http.profile().value("apiBaseUrl").toString(), [&] { return token; }, caFile);
    media::RestMediaChannel channel(&api, family);
    const auto check = [&](const QString &key) {
        return http.api("POST", "/families/" + family + "/media/complete",
                        {{"key", key}, {"size", kSize}}, token)
                   .status == 200;
    };

    QList<double> appMs, curlMs, appPutMs, curlPutMs, growthMiB;
    for (int round = 0; round < 3; ++round) {
        // The baseline: curl, one presigned PUT, then the same check.
        const QJsonObject reserved =
            http.api("POST", "/families/" + family + "/media",
                     {{"kind", "video"}, {"contentType", "video/mp4"}}, token)
                .body;
        QElapsedTimer timer;
        timer.start();
        QProcess curl;
        curl.start("curl", {"-sS", "-f", "-o", "/dev/null", "--cacert", caFile, "-H",
                            "Content-Type: video/mp4", "--upload-file", video,
                            reserved.value("uploadUrl").toString()});
        if (!curl.waitForFinished(120000) || curl.exitCode() != 0)
            return fail("curl's upload failed");
        curlPutMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!check(reserved.value("key").toString()))
            return fail("curl's upload failed");
        curlMs.append(double(timer.nsecsElapsed()) / 1e6);

        // The app's uploader, on a journal of its own.
        media::UploadJournal journal(dir.filePath(QStringLiteral("journal-%1.sqlite").arg(round)));
        QString error;
        if (!journal.open(&error))
            return fail("cannot open the journal");
        media::MediaUploader uploader({tls, &channel, &journal}, family);
        const qint64 before = residentKiB();
        qint64 peak = before;
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, [&] { peak = qMax(peak, residentKiB()); });
        sampler.start(5);
        bool done = false;
        QObject::connect(&uploader, &media::MediaUploader::uploaded, [&] { done = true; });
        QObject::connect(&uploader, &media::MediaUploader::changed, [&] {
            if (uploader.checking() && appPutMs.size() == appMs.size())
                appPutMs.append(double(timer.nsecsElapsed()) / 1e6);
        });
        QObject::connect(&uploader, &media::MediaUploader::failed,
                         [&](const QString &, const QString &why) {
                             std::fprintf(stderr, "bench: %s\n", qPrintable(why));
                             done = true;
                         });
        timer.restart();
        uploader.upload(video, "video", {}, {}, "video/mp4");
        if (!waitUntil([&] { return done; }, 120000) || !uploader.error().isEmpty())
            return fail("the app's upload failed");
        appMs.append(double(timer.nsecsElapsed()) / 1e6);
        sampler.stop();
        growthMiB.append(double(qMax(peak, residentKiB()) - before) / 1024.0);
    }
    const auto mbps = [](double ms) { return ms > 0 ? double(kSize) / 1e6 / (ms / 1000.0) : 0; };
    const double put = median(appPutMs), curlPut = median(curlPutMs);
    const double app_ = median(appMs), curl_ = median(curlMs);
    printResult({{"name", "upload_100mb"},
                 {"p50_ms", put},
                 {"baseline_p50_ms", curlPut},
                 {"baseline", "curl --upload-file, one presigned PUT to the same edge"},
                 {"throughput_mb_s", mbps(put)},
                 {"baseline_throughput_mb_s", mbps(curlPut)},
                 {"throughput_ratio", mbps(curlPut) > 0 ? mbps(put) / mbps(curlPut) : 0},
                 {"with_check_p50_ms", app_},
                 {"baseline_with_check_p50_ms", curl_},
                 {"with_check_ratio", mbps(curl_) > 0 ? mbps(app_) / mbps(curl_) : 0},
                 {"memory_growth_mib", median(growthMiB)},
                 {"memory_growth_max_mib", *std::max_element(growthMiB.cbegin(), growthMiB.cend())},
                 {"rounds", 3}});

    // Killed at 60 % and restarted on the same journal.
    const QString journalPath = dir.filePath("killed.sqlite");
    qint64 sentBeforeKill = 0, partSize = 0;
    {
        media::UploadJournal journal(journalPath);
        QString error;
        journal.open(&error);
        media::MediaUploader uploader({tls, &channel, &journal}, family);
        uploader.upload(video, "video", {}, {}, "video/mp4");
        if (!waitUntil([&] { return uploader.bytesSent() >= kSize * 6 / 10; }, 120000))
            return fail("the upload did not reach 60 %");
        sentBeforeKill = uploader.bytesSentThisRun();
        partSize = journal.pending(family).value(0).partSize;
    }
    media::UploadJournal journal(journalPath);
    QString error;
    journal.open(&error);
    media::MediaUploader resumed({tls, &channel, &journal}, family);
    bool done = false;
    QObject::connect(&resumed, &media::MediaUploader::uploaded, [&] { done = true; });
    resumed.resumePending();
    if (!waitUntil([&] { return done; }, 120000))
        return fail("the resumed upload did not finish");
    printResult({{"name", "upload_resume_after_kill"},
                 {"file_bytes", kSize},
                 {"sent_before_kill", sentBeforeKill},
                 {"sent_after_restart", resumed.bytesSentThisRun()},
                 {"resent_bytes", sentBeforeKill + resumed.bytesSentThisRun() - kSize},
                 {"part_bytes", partSize}});
    return 0;
}
