// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace larder::api {

/// The cloud's refusals as people read them, in their language (docs/api.md, "Errors in the
/// reader's language"): the cloud answers with a stable `error` code and an English `message`;
/// where the app's language has a sentence for the code, people read that, otherwise the cloud's
/// own message, which is the more precise in English.
class CloudSentences
{
    Q_DECLARE_TR_FUNCTIONS(CloudSentences)

public:
    /// The sentence for a refusal with HTTP-like @p status, @p code and @p message; empty when
    /// neither the code nor the status is known and the cloud said nothing.
    static QString forRefusal(int status, const QString &code, const QString &message);
};

} // namespace larder::api
