#pragma once

#include "domain/Permissions.h"
#include "domain/Role.h"

#include <QAbstractTableModel>
#include <QList>

namespace warden {

/// The permission matrix: application areas × Read/Create/Edit/Delete/Take Action, one check
/// box per cell. Read-only for role details; editable in the role editor. For a member's
/// effective permissions it is built from several roles and says which role grants each cell.
class PermissionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        AreaRole = Qt::UserRole + 1, ///< AppArea as int
        VerbRole, ///< Verb as int
        GrantedByRole, ///< QStringList of role names granting the cell
    };

    explicit PermissionMatrixModel(QObject* parent = nullptr);

    void setPermissions(const PermissionSet& permissions);
    /// Effective permissions of several roles, remembering which role grants what.
    void setRoles(const QList<Role>& roles);
    [[nodiscard]] const PermissionSet& permissions() const { return m_permissions; }
    void setEditable(bool editable);
    [[nodiscard]] bool isEditable() const { return m_editable; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void permissionsEdited();

private:
    PermissionSet m_permissions;
    QList<Role> m_sources;
    bool m_editable = false;
};

} // namespace warden
