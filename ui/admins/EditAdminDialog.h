#pragma once

#include "authorization/Actor.h"
#include "domain/Administrator.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class EditAdminDialog;
}

namespace warden {

class CoreServices;

/// Edit Admin: the roles an administrator holds in the account (checkable) and their sign-in
/// method. Protected roles change only through a change request; the core says so and the
/// refusal stays in the dialog.
class EditAdminDialog : public QDialog
{
    Q_OBJECT

public:
    EditAdminDialog(CoreServices& core, Actor actor, qint64 accountId, const AdministratorSummary& admin,
                    QWidget* parent = nullptr);
    ~EditAdminDialog() override;

    /// After accept(): a temporary password when the method changed to a local password.
    [[nodiscard]] const std::optional<IssuedCredentials>& issued() const { return m_issued; }

private:
    void save();

    const std::unique_ptr<Ui::EditAdminDialog> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    qint64 m_accountId;
    qint64 m_userId;
    std::optional<IssuedCredentials> m_issued;
};

} // namespace warden
