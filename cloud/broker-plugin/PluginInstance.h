// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>

#include <mosquitto_broker.h>

namespace larder::cloud {

/// One instance of larder-broker-auth on one listener, whichever its mode (the app listener's
/// token sign-in, or the certificate registry of the device and development listeners). It is
/// what Mosquitto keeps as the plugin's userdata: its callbacks are registered through on(), and
/// deleting it — Mosquitto's plugin cleanup — unregisters them all.
class PluginInstance
{
public:
    explicit PluginInstance(mosquitto_plugin_id_t *id) : m_id(id) {}
    PluginInstance(const PluginInstance &) = delete;
    PluginInstance &operator=(const PluginInstance &) = delete;
    virtual ~PluginInstance()
    {
        for (const auto &[event, callback] : std::as_const(m_callbacks))
            mosquitto_callback_unregister(m_id, event, callback, nullptr);
    }

protected:
    /// Registers @p callback for @p event; Mosquitto passes @p self (the derived instance).
    void on(int event, MOSQ_FUNC_generic_callback callback, void *self)
    {
        mosquitto_callback_register(m_id, event, callback, nullptr, self);
        m_callbacks.append({event, callback});
    }

private:
    mosquitto_plugin_id_t *m_id;
    QList<QPair<int, MOSQ_FUNC_generic_callback>> m_callbacks;
};

} // namespace larder::cloud
