// SPDX-License-Identifier: MIT
#include "ListModelBase.h"

namespace larder {

ListModelBase::ListModelBase(QObject *parent) : QAbstractListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &ListModelBase::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ListModelBase::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ListModelBase::countChanged);
}

} // namespace larder
