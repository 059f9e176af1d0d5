// SPDX-License-Identifier: MIT
#pragma once

#include "common/ListModelBase.h"

#include <QJsonObject>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace larder::api {
class ApiClient;
struct ApiResult;
} // namespace larder::api

namespace larder::diagnostics {

/// One fridge of the fleet as support's search lists it (docs/api.md, "Fleet search").
struct FleetThing
{
    QString thingName, model, firmware, mode;
    bool connected = false;
    double fridgeTemperature = qQNaN(), freezerTemperature = qQNaN();
    int openAlerts = 0;
    QStringList groups;
    QString key() const { return thingName; }
    bool operator==(const FleetThing &other) const;
    static FleetThing fromJson(const QJsonObject &thing);
};

/// The fridges a search found, in its order, page after page.
class FleetThingsModel : public larder::ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FleetSearch's list")
public:
    enum Role {
        ThingNameRole = Qt::UserRole + 1,
        ModelRole,
        FirmwareRole,
        ModeRole,
        ConnectedRole,
        FridgeTemperatureRole, ///< °C, NaN when not reported
        FreezerTemperatureRole,
        OpenAlertsRole,
        GroupsRole,
    };
    using ListModelBase::ListModelBase;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    const QList<FleetThing> &rows() const { return m_rows; }
    void show(QList<FleetThing> rows) { replaceRows(m_rows, std::move(rows)); }

private:
    QList<FleetThing> m_rows;
};

/// Support's fleet search: a query in AWS IoT fleet indexing's syntax, its first page and more
/// on demand, sorted by any field, with the fleet's statistics for the same query. A refused
/// query says why and where (`errorPosition`, 1-based; 0 when the error is not the query's).
class FleetSearch : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The diagnostics app makes it.")
    Q_PROPERTY(QString query READ query NOTIFY changed)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(int errorPosition READ errorPosition NOTIFY changed)
    Q_PROPERTY(int matched READ matched NOTIFY changed)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY changed)
    /// `{count, connected, withOpenAlerts, models: {…}, firmware: {…}}` of the query.
    Q_PROPERTY(QVariantMap statistics READ statistics NOTIFY changed)
    Q_PROPERTY(larder::diagnostics::FleetThingsModel *things READ things CONSTANT)
    /// The fleet's thing groups, for a search by group: `[{name, things}]` by name.
    Q_PROPERTY(QVariantList groups READ groups NOTIFY changed)

public:
    explicit FleetSearch(api::ApiClient *api, QObject *parent = nullptr);

    QString query() const { return m_query; }
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }
    int errorPosition() const { return m_errorPosition; }
    int matched() const { return m_matched; }
    bool hasMore() const { return !m_nextToken.isEmpty(); }
    QVariantMap statistics() const { return m_statistics; }
    FleetThingsModel *things() { return &m_things; }
    QVariantList groups() const { return m_groups; }

    /// Searches for @p query ("*" for every fridge), sorted by @p sortBy (a field;
    /// thingName when empty), largest first when @p descending.
    Q_INVOKABLE void search(const QString &query, const QString &sortBy = {},
                            bool descending = false);
    /// The next page, added under the ones shown.
    Q_INVOKABLE void more();
    /// Reads the thing groups again.
    Q_INVOKABLE void loadGroups();
    /// The query that finds group @p name's fridges (`thingGroupNames:NAME`).
    Q_INVOKABLE static QString groupQuery(const QString &name);

    /// Fridges a page brings (1 to 100; 50 unless set).
    void setPageSize(int size) { m_pageSize = qBound(1, size, 100); }

signals:
    void changed();

private:
    void fetch(bool again);
    void failed(const api::ApiResult &result);

    api::ApiClient *m_api;
    FleetThingsModel m_things;
    QString m_query, m_sortBy;
    bool m_descending = false;
    bool m_loading = false;
    QString m_error;
    int m_errorPosition = 0;
    int m_matched = 0;
    QString m_nextToken;
    QVariantMap m_statistics;
    QVariantList m_groups;
    int m_generation = 0; ///< answers to an older search are dropped
    int m_pageSize = 50;
};

} // namespace larder::diagnostics
