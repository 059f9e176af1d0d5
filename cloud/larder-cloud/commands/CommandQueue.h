// SPDX-License-Identifier: MIT
#pragma once

#include "CommandStore.h"

#include "larder-cloud/api/Verdict.h"

#include <functional>

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
    CommandQueue(CommandStore *store, Queued queued) : m_store(store), m_queued(std::move(queued))
    {
    }

    /// How many commands may wait for one fridge at once.
    static constexpr int maxPending = 20;
    /// How long a fridge has to finish a command it started.
    static constexpr qint64 inProgressTimeout = 30 * 60;

    /// 201 with the command, pending; 429 `TooManyCommands`; 500 when it could not be stored.
    api::Verdict enqueue(const QString &thing, const QString &familyId, const QJsonObject &document,
                         qint64 expiresIn, const QString &createdBy);

private:
    CommandStore *m_store;
    Queued m_queued;
};

} // namespace larder::cloud::commands
