#pragma once

#include "authorization/Actor.h"
#include "domain/Account.h"

#include <QDialog>
#include <memory>

namespace Ui {
class IpRestrictionsDialog;
}

namespace warden {

class CoreServices;

/// The account's IP allow-list editor: one CIDR range per line, checked as you type (every bad
/// line named), the partner sign-in exemption, and the address this console connects from.
/// Save asks the core, which also refuses a list that would lock the editor out. Read-only
/// for administrators who may not change account settings.
class IpRestrictionsDialog : public QDialog
{
    Q_OBJECT

public:
    IpRestrictionsDialog(CoreServices& core, Actor actor, Account account, QWidget* parent = nullptr);
    ~IpRestrictionsDialog() override;

private:
    void validate();
    void save();
    [[nodiscard]] QStringList ranges() const;

    const std::unique_ptr<Ui::IpRestrictionsDialog> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    Account m_account;
    int m_baseVersion = 0; ///< the settings' version the dialog opened with
    bool m_editable = false;
};

} // namespace warden
