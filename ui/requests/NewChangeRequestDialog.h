#pragma once

#include "authorization/Actor.h"
#include "domain/ChangeRequest.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class NewChangeRequestDialog;
}

namespace warden {

class CoreServices;
class PeoplePicker;

/// Files a protected-role change request: what (add, remove, reset password, federated content
/// view), the protected role and user where it applies, and a justification. Opened empty from
/// the Requests view, or pre-filled when the roles console or Admin Management met a protected
/// role. The user is picked with the people picker from the account's directory. The core
/// validates; a refusal stays in the dialog.
class NewChangeRequestDialog : public QDialog
{
    Q_OBJECT

public:
    NewChangeRequestDialog(CoreServices& core, Actor actor, qint64 accountId, QWidget* parent = nullptr);
    ~NewChangeRequestDialog() override;

    void prefill(const ChangeRequestDraft& draft);
    [[nodiscard]] const std::optional<ChangeRequest>& filed() const { return m_filed; }

private:
    void file();
    void updateFields();

    const std::unique_ptr<Ui::NewChangeRequestDialog> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    qint64 m_accountId;
    PeoplePicker* m_userPicker;
    std::optional<ChangeRequest> m_filed;
};

} // namespace warden
