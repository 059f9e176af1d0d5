// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace larder::cloud {

/// Turns SIGINT/SIGTERM/SIGHUP into a Qt signal on the event loop (self-pipe), so servers
/// shut down cleanly and stop their children.
class UnixSignals : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
signals:
    void terminationRequested(int signalNumber);
};

} // namespace larder::cloud
