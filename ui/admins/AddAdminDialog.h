#pragma once

#include "authorization/Actor.h"
#include "domain/Administrator.h"
#include "domain/ChangeRequest.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class AddAdminDialog;
}

namespace warden {

class CoreServices;
class PeoplePicker;

/// Add New Admin: pick a person from the account's directory with the people picker (current
/// administrators greyed out), a role and a sign-in method.
/// The core decides; a refusal stays in the dialog with the input kept. A protected role needs
/// a change request: the dialog offers one and hands back a pre-filled draft.
class AddAdminDialog : public QDialog
{
    Q_OBJECT

public:
    AddAdminDialog(CoreServices& core, Actor actor, qint64 accountId, QWidget* parent = nullptr);
    ~AddAdminDialog() override;

    /// After accept(): what was issued (a temporary password for a local-password admin).
    [[nodiscard]] const std::optional<IssuedCredentials>& issued() const { return m_issued; }
    /// After accept(): the change request to file instead, when the role is protected.
    [[nodiscard]] const std::optional<ChangeRequestDraft>& changeRequest() const { return m_changeRequest; }

private:
    void add();
    void updateButtons();

    const std::unique_ptr<Ui::AddAdminDialog> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    qint64 m_accountId;
    PeoplePicker* m_picker;
    std::optional<IssuedCredentials> m_issued;
    std::optional<ChangeRequestDraft> m_changeRequest;
};

} // namespace warden
