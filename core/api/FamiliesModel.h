// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QtQml/qqmlregistration.h>

namespace larder::api {

class ApiClient;

/// The signed-in user's families for the family screens: name, the user's role, members and
/// fridges, and the actions (create, rename, invite, join, leave, remove, hand over). Every
/// action reloads the list; failures land in `error` as a sentence.
class FamiliesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the app")
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// True once the list has arrived since sign-in.
    Q_PROPERTY(bool loaded READ loaded NOTIFY revisionChanged)
    /// Bumped on every new list: bind `family(id)` with it to follow changes.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    enum Role {
        FamilyIdRole = Qt::UserRole + 1,
        NameRole,
        MyRoleRole, ///< "owner" or "member"
        IsOwnerRole,
        MembersRole, ///< list of {userId, email, role}
        MemberCountRole,
        DevicesRole, ///< list of thing names
    };
    Q_ENUM(Role)

    explicit FamiliesModel(ApiClient *api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_loading; }
    QString error() const { return m_error; }
    bool loaded() const { return m_loaded; }
    int revision() const { return m_revision; }

    /// One family's roles by name ({} when the user is not in it).
    Q_INVOKABLE QVariantMap family(const QString &familyId) const;
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
    void countChanged();
    void revisionChanged();
    /// An invitation to show: the code people type and the QR payload to draw.
    void invitationReady(const QString &familyId, const QString &code, const QString &qrPayload,
                         qint64 expiresAt);
    /// An action finished (successfully or not; see error).
    void actionFinished(bool ok);

private:
    void act(const QByteArray &method, const QString &path, const QJsonObject &body);
    void setFamilies(const QJsonArray &families, bool loaded);
    void setLoading(bool loading);
    void setError(const QString &error);

    ApiClient *m_api;
    QJsonArray m_families;
    bool m_loading = false;
    bool m_loaded = false;
    int m_revision = 0;
    int m_generation = 0; ///< bumped by clear(): older answers are dropped
    QString m_error;
};

} // namespace larder::api
