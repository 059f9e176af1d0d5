// SPDX-License-Identifier: MIT
// mqtt-flood: a misbehaving device for the attack tests. It connects with a certificate (the
// device's own, so every message is one the broker allows), publishes one payload to one topic
// as fast as the socket takes it for a given time, and prints what it sent as one JSON line.
// A separate process, as a fridge is: the test that measures the cloud meanwhile keeps its own
// event loop and its own core.
//
// Usage: mqtt-flood --port P --ca CA --cert CERT --key KEY --id CLIENT --topic T
//                   [--payload TEXT] [--seconds S] [--qos 0|1] [--host H] [--rate N]
// --rate: at most N messages a second (0, the default: as fast as the socket takes them).
#include <mosquitto.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

namespace {

using Clock = std::chrono::steady_clock;

std::map<std::string, std::string> parse(int argc, char **argv)
{
    std::map<std::string, std::string> options{
        {"--host", "127.0.0.1"}, {"--payload", "{}"}, {"--seconds", "3"}, {"--qos", "0"}};
    for (int i = 1; i + 1 < argc; i += 2)
        options[argv[i]] = argv[i + 1];
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    auto options = parse(argc, argv);
    for (const char *needed : {"--port", "--ca", "--cert", "--key", "--id", "--topic"})
        if (options[needed].empty()) {
            std::fprintf(stderr, "mqtt-flood: %s is needed\n", needed);
            return 2;
        }
    mosquitto_lib_init();
    mosquitto *mosq = mosquitto_new(options["--id"].c_str(), true, nullptr);
    mosquitto_int_option(mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    mosquitto_tls_set(mosq, options["--ca"].c_str(), nullptr, options["--cert"].c_str(),
                      options["--key"].c_str(), nullptr);
    if (mosquitto_connect(mosq, options["--host"].c_str(), std::atoi(options["--port"].c_str()),
                          30) != MOSQ_ERR_SUCCESS) {
        std::fprintf(stderr, "mqtt-flood: cannot connect\n");
        return 1;
    }
    // Wait for the CONNACK, so the first messages are not refused as sent too early.
    for (int i = 0; i < 50; ++i)
        mosquitto_loop(mosq, 100, 1);
    const std::string &topic = options["--topic"];
    const std::string &payload = options["--payload"];
    const int qos = std::atoi(options["--qos"].c_str());
    const auto end =
        Clock::now() +
        std::chrono::milliseconds(std::llround(std::atof(options["--seconds"].c_str()) * 1000));
    long long sent = 0;
    int rc = MOSQ_ERR_SUCCESS;
    const auto started = Clock::now();
    const double rate = std::atof(options["--rate"].c_str());
    while (Clock::now() < end && rc == MOSQ_ERR_SUCCESS) {
        if (rate > 0) {
            // Paced: wait until the next batch is due.
            const auto due =
                started + std::chrono::microseconds(std::llround(double(sent) * 1e6 / rate));
            if (Clock::now() < due) {
                rc = mosquitto_loop(mosq, 1, 1);
                continue;
            }
        }
        for (int i = 0; i < 200; ++i) {
            rc = mosquitto_publish(mosq, nullptr, topic.c_str(), int(payload.size()),
                                   payload.data(), qos, false);
            if (rc != MOSQ_ERR_SUCCESS)
                break;
            ++sent;
        }
        // Never queue more than the socket takes: write (and read acknowledgements) until the
        // library has nothing left to send.
        do
            rc = mosquitto_loop(mosq, 10, 1);
        while (rc == MOSQ_ERR_SUCCESS && mosquitto_want_write(mosq) && Clock::now() < end);
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    std::printf("{\"sent\":%lld,\"seconds\":%.3f,\"perSecond\":%.0f,\"error\":%d}\n", sent, seconds,
                seconds > 0 ? double(sent) / seconds : 0.0, rc);
    mosquitto_disconnect(mosq);
    mosquitto_destroy(mosq);
    mosquitto_lib_cleanup();
    return 0;
}
