// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace larder::profile {

/// Which cloud the app uses: `local` (larder-cloud on this machine, the default) or `aws`
/// (a deployment's settings in `aws.json` in the app's configuration folder), or a profile
/// file given on the command line. The choice made in settings is kept in QSettings and
/// applies from the next start.
class ProfileChoice : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the app")
    /// The profile in use now ("local", "aws", or a file path).
    Q_PROPERTY(QString active READ active CONSTANT)
    /// The profile the next start will use.
    Q_PROPERTY(QString chosen READ chosen NOTIFY chosenChanged)

public:
    explicit ProfileChoice(const QString &active, QObject *parent = nullptr);

    QString active() const { return m_active; }
    QString chosen() const;

    /// The file behind a profile name (a path is its own file).
    Q_INVOKABLE static QString pathOf(const QString &profile);
    /// True when the profile's file exists.
    Q_INVOKABLE static bool available(const QString &profile);
    Q_INVOKABLE void choose(const QString &profile);

    /// The profile to use: @p commandLine if given, else the saved choice, else "local".
    static QString resolve(const QString &commandLine);

    static constexpr const char *settingsKey = "cloud/profile";

signals:
    void chosenChanged();

private:
    QString m_active;
};

} // namespace larder::profile
