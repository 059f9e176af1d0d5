// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace larder::kiosk {

/// The support PIN that lets staff leave the kiosk: 4–8 digits, stored only as a salted
/// PBKDF2-SHA256 hash in the kiosk's settings. Five wrong tries lock it for a minute.
class SupportPin : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the app")
    Q_PROPERTY(bool configured READ configured CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit SupportPin(QObject *parent = nullptr);

    bool configured() const;
    QString error() const { return m_error; }

    /// True (and the error cleared) when @p pin is the support PIN.
    Q_INVOKABLE bool check(const QString &pin);

    /// Stores a new PIN; false with a sentence when it is not 4–8 digits.
    static bool set(const QString &pin, QString *error);

    static constexpr int maxTries = 5;
    static constexpr int lockSeconds = 60;

signals:
    void errorChanged();

private:
    void setError(const QString &error);

    int m_failures = 0;
    QDateTime m_lockedUntil;
    QString m_error;
};

} // namespace larder::kiosk
