#pragma once

#include <QSortFilterProxyModel>

namespace warden {

/// Filters the Admin Roles tree by text: a row stays when it or any loaded descendant matches,
/// and an account stays when its name matches (with all its roles). Sorts accounts and roles
/// by name; members keep the tree model's order (by address, as paged).
class RoleTreeFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RoleTreeFilterProxyModel(QObject* parent = nullptr);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
};

} // namespace warden
