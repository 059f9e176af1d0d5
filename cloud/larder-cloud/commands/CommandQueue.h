// SPDX-License-Identifier: MIT
#pragma once

#include "CommandStore.h"

#include "larder-cloud/api/Verdict.h"

#include <functional>

namespace larder::cloud {
class CloudStore;
}

namespace larder::cloud::commands {

/// Queues one command for a fridge (docs/api.md, "Commands"): the job execution stored for
/// the fridge's family, then the Jobs service told (it runs on the MQTT plane), within the
/// per-fridge bound of waiting commands. Shared by the family's `POST /devices/{id}/commands`
/// and support's request for a diagnostic report.
class CommandQueue
{
public:
    /// Tells the Jobs service that a command was queued.
    using Queued = std::function<void(const QString &thing, const QString &commandId)>;
    CommandQueue(CommandStore *store, CloudStore *shadows, Queued queued)
        : m_store(store), m_shadows(shadows), m_queued(std::move(queued))
    {
    }

    /// How many commands may wait for one fridge at once.
    static constexpr int maxPending = 20;
    /// How long a fridge has to finish a command it started.
    static constexpr qint64 inProgressTimeout = 30 * 60;

    /// expiresIn: seconds a command may wait for its fridge (default a day, at most a week).
    static constexpr qint64 minExpiry = 5, defaultExpiry = 24 * 3600, maxExpiry = 7 * 24 * 3600;

    /// Whose commands a request may name: the family's catalog, or also support's own
    /// (`diagnosticReport`, `resyncShadow`).
    enum class Catalog { Family, Support };
    /// A request `{"command","params"?,"expiresIn"?}` for @p thing checked and queued: 400
    /// `BadRequest` (its shape, expiresIn 5 s to a week) or `UnsupportedCommand` with the
    /// catalog's sentence, then as enqueue().
    api::Verdict fromRequest(const QString &thing, const QString &familyId,
                             const QJsonObject &request, const QString &createdBy, Catalog catalog);
    /// The fridge's model as its shadow reports it ("" before it reported one).
    QString modelOf(const QString &thing) const;

    /// 201 with the command, pending; 429 `TooManyCommands`; 500 when it could not be stored.
    api::Verdict enqueue(const QString &thing, const QString &familyId, const QJsonObject &document,
                         qint64 expiresIn, const QString &createdBy);

private:
    CommandStore *m_store;
    CloudStore *m_shadows;
    Queued m_queued;
};

} // namespace larder::cloud::commands
