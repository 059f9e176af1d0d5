// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace larder::cloud {

/// Delivers a one-time code to a user. Production sends e-mail; locally OutboxSender writes
/// each message as an .eml file.
class CodeSender
{
public:
    virtual ~CodeSender() = default;
    /// @p purpose: "signup" or "reset". Returns false if the message could not be handed over.
    virtual bool send(const QString &email, const QString &purpose, const QString &code) = 0;
};

/// Writes every message as `DIR/{time}-{process}-{count}-{purpose}-{address}.eml` (names never
/// collide and sort in the order written) and logs where it went.
class OutboxSender : public CodeSender
{
public:
    explicit OutboxSender(const QString &directory);
    bool send(const QString &email, const QString &purpose, const QString &code) override;

    /// Writes one message (@p purpose names the file: "signup", "reset", "alert"…) into
    /// @p directory; false when it could not be written.
    static bool write(const QString &directory, const QString &email, const QString &purpose,
                      const QString &subject, const QString &body);

private:
    QString m_dir;
};

} // namespace larder::cloud
