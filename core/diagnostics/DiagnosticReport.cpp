// SPDX-License-Identifier: MIT
#include "DiagnosticReport.h"

#include "api/ApiClient.h"
#include "api/ApiResult.h"
#include "common/Guarded.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace larder::diagnostics {

DiagnosticReport::DiagnosticReport(api::ApiClient *api, QObject *parent)
    : QObject(parent), m_api(api)
{
}

void DiagnosticReport::open(const QString &thing, const QString &reportId)
{
    clear();
    m_busy = true;
    m_reportId = reportId;
    emit changed();
    const int generation = m_generation;
    m_api->post(QStringLiteral("/support/things/%1/reports/%2/download").arg(thing, reportId), {},
                guarded(this, [this, generation](const api::ApiResult &result) {
                    if (generation != m_generation)
                        return;
                    if (!result.ok)
                        return fail(result.message);
                    fetch(result.body.value(u"url").toString(),
                          result.body.value(u"sha256").toString());
                }));
}

void DiagnosticReport::fetch(const QString &url, const QString &expected)
{
    QNetworkRequest request{QUrl(url)};
    request.setSslConfiguration(m_api->tls());
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = m_api->network()->get(request);
    const int generation = m_generation;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > maxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, expected, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        const QByteArray bytes = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            return fail(tr("The report could not be fetched: %1").arg(reply->errorString()));
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (expected.isEmpty() || sha256 != expected)
            return fail(tr("The report arrived damaged (its SHA-256 is not the one the fridge "
                           "sent); ask for a new one."));
        QJsonParseError parsed{};
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parsed);
        if (parsed.error != QJsonParseError::NoError || !document.isObject())
            return fail(tr("The report is not a document Larder can read."));
        m_busy = false;
        m_sha256 = sha256;
        m_size = bytes.size();
        m_text = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
        emit changed();
    });
}

void DiagnosticReport::fail(const QString &why)
{
    m_busy = false;
    m_error = why;
    emit changed();
}

void DiagnosticReport::clear()
{
    ++m_generation;
    m_busy = false;
    m_error.clear();
    m_reportId.clear();
    m_text.clear();
    m_sha256.clear();
    m_size = 0;
    emit changed();
}

} // namespace larder::diagnostics
