// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>

#include <utility>

namespace larder {

/// Wraps @p callback so that it does nothing once @p owner is gone: for answers (network,
/// keychain) that may arrive after the object that asked was destroyed.
template <typename Owner, typename Callback> auto guarded(Owner *owner, Callback callback)
{
    return [alive = QPointer<Owner>(owner), callback = std::move(callback)](auto &&...args) {
        if (alive)
            callback(std::forward<decltype(args)>(args)...);
    };
}

} // namespace larder
