#include "RoleTreeFilterProxyModel.h"

#include "AccountRoleTreeModel.h"

namespace warden {

RoleTreeFilterProxyModel::RoleTreeFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(AccountRoleTreeModel::SortRole);
}

bool RoleTreeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent)) {
        return true;
    }
    // Children of a matching account stay visible, so "acme" shows Acme's whole role list.
    for (QModelIndex ancestor = sourceParent; ancestor.isValid(); ancestor = ancestor.parent()) {
        if (ancestor.data(AccountRoleTreeModel::KindRole).value<AccountRoleTreeModel::NodeKind>()
                == AccountRoleTreeModel::NodeKind::Account
            && QSortFilterProxyModel::filterAcceptsRow(ancestor.row(), ancestor.parent())) {
            return true;
        }
    }
    return false;
}

} // namespace warden
