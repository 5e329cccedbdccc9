#pragma once

#include "authorization/Actor.h"
#include "domain/Role.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;

namespace Ui {
class RoleEditorDialog;
}

namespace warden {

class CoreServices;
class PermissionMatrixModel;

/// Creates or edits a custom role: name, description, the permission matrix as an editable
/// grid, protected permissions and role-management level. After every change it asks the core
/// whether the role could be saved and shows the core's refusal inline (no escalation,
/// protected roles need a change request, built-ins are read-only), with Save disabled.
class RoleEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// `role.id == 0` creates a new role in `role.accountId`.
    RoleEditorDialog(CoreServices& core, Actor actor, Role role, QWidget* parent = nullptr);
    ~RoleEditorDialog() override;

    [[nodiscard]] Role proposedRole() const;
    [[nodiscard]] const std::optional<Role>& savedRole() const { return m_saved; }
    [[nodiscard]] PermissionMatrixModel* matrixModel() const { return m_matrix; }

private:
    void revalidate();
    void save();
    [[nodiscard]] QList<QPair<QCheckBox*, ProtectedPermission>> protectedBoxes() const;

    const std::unique_ptr<Ui::RoleEditorDialog> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    Role m_role;
    PermissionMatrixModel* m_matrix;
    std::optional<Role> m_saved;
};

} // namespace warden
