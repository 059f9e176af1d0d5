// SPDX-License-Identifier: MIT
#pragma once

#include "InspectorGate.h"

#include "larder-cloud/api/ApiCommon.h"

namespace larder::cloud::media {
class MediaService;
}
namespace larder::cloud::commands {
class CommandQueue;
class CommandStore;
} // namespace larder::cloud::commands

namespace larder::cloud::support {

class ReportStore;

/// Support's actions on a fridge (docs/api.md, "Support access"), with the family's consent:
/// `POST /support/things/{thing}/commands` `{"command","params"?}` queues support's own
/// `resyncShadow` or `diagnosticReport` under any consent, and a command of the family's
/// catalog only under a consent that allows changes (403 otherwise). And its diagnostic
/// reports:
/// `POST /support/things/{thing}/reports` queues the fridge's `diagnosticReport` command (the
/// fridge uploads its report as a `diagnostic` object of its own and answers with the key and
/// its SHA-256; the command shows in the record), and `POST /support/things/{thing}/reports/
/// {reportId}/download` gives a presigned GET for that report only (a fridge's, by its command's
/// id, or one its door sent) — never another of the family's objects. Both are on the family's
/// audit trail.
class SupportActions : public api::Endpoints
{
public:
    SupportActions(const api::ApiAuth *auth, InspectorGate gate, commands::CommandQueue *queue,
                   const commands::CommandStore *commands, const ReportStore *reports,
                   media::MediaService *media);
    void registerRoutes(QHttpServer &server) override;

    /// How long a fridge has to take a request (it is away: it takes it when it is back) —
    /// never past the consent's end.
    static constexpr qint64 expiresIn = 24 * 3600;
    /// Support's commands that may wait for one fridge at once (the family's keep their room).
    static constexpr int maxWaiting = 3;

private:
    QHttpServerResponse command(const api::Caller &agent, const QString &thing,
                                const QHttpServerRequest &request);
    /// Queues @p name with @p params under the consent @p agent holds, then writes @p action.
    QHttpServerResponse queue(const api::Caller &agent, const QString &thing, const QString &name,
                              const QJsonObject &params, const QString &action);
    QHttpServerResponse download(const api::Caller &agent, const QString &thing,
                                 const QString &reportId);

    const api::ApiAuth *m_auth;
    InspectorGate m_gate;
    commands::CommandQueue *m_queue;
    const commands::CommandStore *m_commands;
    const ReportStore *m_reports;
    media::MediaService *m_media;
};

} // namespace larder::cloud::support
