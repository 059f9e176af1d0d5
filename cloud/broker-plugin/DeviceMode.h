// SPDX-License-Identifier: MIT
#pragma once

struct mosquitto_opt;
struct mosquitto_plugin_id_t;

namespace larder::cloud::deviceMode {

/// The plugin on the device listener (`plugin_opt_mode device`): every certificate is looked
/// up in larder-cloud's registry (claim, pending, appliance, kiosk, revoked) and DeviceAuthorizer
/// decides each subscribe, publish and delivery. Fleet-provisioning requests are moved to
/// larder-cloud's internal topics with the asking connection's name, and the answers back to
/// AWS's topics for that connection alone (ProvisioningRoutes).
/// Creates the instance (a PluginInstance, stored in @p userdata) and registers its callbacks.
int init(mosquitto_plugin_id_t *identifier, void **userdata, mosquitto_opt *options,
         int optionCount);

} // namespace larder::cloud::deviceMode
