#pragma once

#include "authorization/Actor.h"
#include "domain/Partner.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class AddExternalAdminDialog;
}

namespace warden {

class CoreServices;
class PeoplePicker;

/// Add External Admin: one of the partner's staff, picked with the people picker from the staff
/// of the partners the account delegates to (or a whole address typed), and a role among those
/// the core says the signed-in administrator may give (Partner Administrator only for partner
/// admins). Save asks the core; a refusal stays in the dialog with the input kept.
class AddExternalAdminDialog : public QDialog
{
    Q_OBJECT

public:
    AddExternalAdminDialog(CoreServices& core, Actor actor, qint64 accountId, QWidget* parent = nullptr);
    ~AddExternalAdminDialog() override;

    [[nodiscard]] const std::optional<ExternalAdmin>& added() const { return m_added; }

private:
    void save();
    void updateSaveButton();

    const std::unique_ptr<Ui::AddExternalAdminDialog> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    qint64 m_accountId;
    PeoplePicker* m_picker;
    std::optional<ExternalAdmin> m_added;
};

} // namespace warden
