// SPDX-License-Identifier: MIT
#pragma once

#include "Family.h"
#include "common/ListModelBase.h"

#include <QProperty>
#include <QtQml/qqmlregistration.h>

namespace larder::api {
class ApiClient;
}

namespace larder::family {

/// The signed-in user's families for the family screens (one row per family) and the actions
/// on them (create, rename, invite, join, leave, remove, hand over). Every action reloads the
/// list; a reload updates rows in place. Failures land in `error` as a sentence. One family's
/// members and fridges are shown through FamilyDetails.
class FamiliesModel : public larder::ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the app")
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged BINDABLE bindableLoading)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged BINDABLE bindableError)
    /// True once the list has arrived since sign-in.
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged BINDABLE bindableLoaded)

public:
    enum Role {
        FamilyIdRole = Qt::UserRole + 1,
        NameRole,
        MyRoleRole, ///< "owner" or "member"
        IsOwnerRole,
        MemberCountRole,
        DeviceCountRole,
    };
    Q_ENUM(Role)

    explicit FamiliesModel(api::ApiClient *api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_loading; }
    QBindable<bool> bindableLoading() { return &m_loading; }
    QString error() const { return m_error; }
    QBindable<QString> bindableError() { return &m_error; }
    bool loaded() const { return m_loaded; }
    QBindable<bool> bindableLoaded() { return &m_loaded; }

    const QList<Family> &families() const { return m_families; }
    /// The family @p familyId, or nullptr when the user is not in it.
    const Family *find(const QString &familyId) const;
    /// The signed-in user's id (the ID token's `sub`): who "me" is in the member lists.
    QString myUserId() const { return m_myUserId; }
    void setMyUserId(const QString &userId);

    /// The id of the family in @p row ("" past the end).
    Q_INVOKABLE QString familyIdAt(int row) const;
    /// Forgets everything (sign-out); answers still on their way are ignored.
    void clear();

    Q_INVOKABLE void reload();
    Q_INVOKABLE void create(const QString &name);
    Q_INVOKABLE void rename(const QString &familyId, const QString &name);
    Q_INVOKABLE void invite(const QString &familyId);
    /// Joins with an invitation code as typed, or the invitation's QR link.
    Q_INVOKABLE void join(const QString &codeOrLink);
    Q_INVOKABLE void leave(const QString &familyId);
    Q_INVOKABLE void removeMember(const QString &familyId, const QString &userId);
    Q_INVOKABLE void transferOwnership(const QString &familyId, const QString &userId);
    /// Removes a fridge from its family (owner only); its door tablet goes back to pairing.
    Q_INVOKABLE void removeDevice(const QString &deviceId);

signals:
    void loadingChanged();
    void errorChanged();
    void loadedChanged();
    /// The list (or who "me" is) changed; emitted once per update, after the row signals.
    void familiesChanged();
    /// An invitation to show: the code people type and the QR payload to draw.
    void invitationReady(const QString &familyId, const QString &code, const QString &qrPayload,
                         qint64 expiresAt);
    /// An action finished (successfully or not; see error).
    void actionFinished(bool ok);

private:
    void act(const QByteArray &method, const QString &path, const QJsonObject &body);
    void setFamilies(const QList<Family> &families, bool loaded);

    api::ApiClient *m_api;
    QList<Family> m_families;
    QString m_myUserId;
    Q_OBJECT_BINDABLE_PROPERTY_WITH_ARGS(FamiliesModel, bool, m_loading, false,
                                         &FamiliesModel::loadingChanged)
    Q_OBJECT_BINDABLE_PROPERTY_WITH_ARGS(FamiliesModel, bool, m_loaded, false,
                                         &FamiliesModel::loadedChanged)
    int m_generation = 0; ///< bumped by clear(): older answers are dropped
    Q_OBJECT_BINDABLE_PROPERTY(FamiliesModel, QString, m_error, &FamiliesModel::errorChanged)
};

} // namespace larder::family
