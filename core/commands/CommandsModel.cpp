// SPDX-License-Identifier: MIT
#include "CommandsModel.h"

#include <QCoreApplication>

namespace larder::commands {

CommandRow CommandRow::fromJson(const QJsonObject &command)
{
    const QJsonObject details = command.value(u"statusDetails").toObject();
    bool known = false;
    const int progress = details.value(u"progress").toString().toInt(&known);
    CommandRow row;
    row.id = command.value(u"commandId").toString();
    row.command = command.value(u"command").toString();
    row.title = command.value(u"title").toString();
    row.jobStatus = command.value(u"jobStatus").toString();
    row.step = details.value(u"step").toString();
    row.result = details.value(u"result").toString();
    row.reason = details.value(u"reason").toString();
    row.progress = known ? std::clamp(progress, 0, 100) : -1;
    row.version = qint64(command.value(u"version").toDouble());
    row.createdAt = qint64(command.value(u"createdAt").toDouble());
    row.updatedAt = qint64(command.value(u"updatedAt").toDouble());
    return row;
}

QString CommandRow::phase() const
{
    if (jobStatus == u"QUEUED")
        return QStringLiteral("waiting");
    if (jobStatus == u"IN_PROGRESS")
        return QStringLiteral("running");
    return jobStatus == u"SUCCEEDED" ? QStringLiteral("done") : QStringLiteral("failed");
}

QString CommandRow::stateText() const
{
    if (jobStatus == u"QUEUED")
        return tr("Waiting for the fridge");
    if (jobStatus == u"IN_PROGRESS") {
        const QString what = step.isEmpty() ? tr("In progress") : step;
        return progress >= 0 ? QStringLiteral("%1 · %2 %").arg(what).arg(progress) : what;
    }
    if (jobStatus == u"SUCCEEDED")
        return result.isEmpty() ? tr("Done") : result;
    const QString why = reason.isEmpty() ? QString() : QStringLiteral(": ") + reason;
    if (jobStatus == u"TIMED_OUT")
        return tr("Timed out") + why;
    if (jobStatus == u"REJECTED")
        return tr("The fridge refused it") + why;
    return reason.isEmpty() ? tr("Failed") : reason;
}

int CommandsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommandsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommandRow &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case CommandRole:
        return row.command;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case PhaseRole:
        return row.phase();
    case StateTextRole:
        return row.stateText();
    case ProgressRole:
        return row.progress;
    case CreatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.createdAt);
    case UpdatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.updatedAt);
    default:
        return {};
    }
}

QHash<int, QByteArray> CommandsModel::roleNames() const
{
    return {{IdRole, "commandId"},        {CommandRole, "command"},     {TitleRole, "title"},
            {PhaseRole, "phase"},         {StateTextRole, "stateText"}, {ProgressRole, "progress"},
            {CreatedAtRole, "createdAt"}, {UpdatedAtRole, "updatedAt"}};
}

void CommandsModel::show(QList<CommandRow> rows)
{
    std::sort(rows.begin(), rows.end(), [](const CommandRow &a, const CommandRow &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    replaceRows(m_rows, std::move(rows));
}

void CommandsModel::apply(const CommandRow &row)
{
    QList<CommandRow> rows = m_rows;
    const auto known =
        std::find_if(rows.begin(), rows.end(), [&](const CommandRow &r) { return r.id == row.id; });
    if (known == rows.end())
        rows.append(row);
    else if (known->version <= row.version)
        *known = row; // an older change arriving late is not shown over a newer one
    show(rows);
}

} // namespace larder::commands
