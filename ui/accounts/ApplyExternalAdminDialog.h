#pragma once

#include "authorization/Actor.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ApplyExternalAdminDialog;
}

namespace warden {

class CoreServices;
class PeoplePicker;

/// The multi-account step partners asked for: one external admin and role, many ticked customer
/// accounts, one Apply; then one result line per account (added, role changed, or refused and
/// why). Accounts the administrator cannot manage are listed disabled with the core's reason.
/// While it applies, a progress dialog shows how far it got and can stop before the next account.
class ApplyExternalAdminDialog : public QDialog
{
    Q_OBJECT

public:
    ApplyExternalAdminDialog(CoreServices& core, Actor actor, QWidget* parent = nullptr);
    ~ApplyExternalAdminDialog() override;

    /// Ticks the account with this code (for callers that open the dialog from an account).
    void checkAccount(const QString& code);

private:
    void apply();
    void updateApplyButton();
    void setAllChecked(bool checked);
    [[nodiscard]] QString codeOf(qint64 accountId) const;
    /// The address to apply: the person picked, or a whole address typed.
    [[nodiscard]] QString email() const;

    const std::unique_ptr<Ui::ApplyExternalAdminDialog> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    PeoplePicker* m_picker;
};

} // namespace warden
