#pragma once

#include "Result.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class ConfirmIdentityDialog;
}

namespace warden {

/// Asks the signed-in administrator for their password and a fresh one-time code before a
/// sensitive step (approving a change request, revealing a break-glass credential). The step
/// itself runs in the core through `confirm`; a refusal (wrong code, locked keychain, …) is
/// shown here with the code cleared, and the dialog closes only when the core accepted.
class ConfirmIdentityDialog : public QDialog
{
    Q_OBJECT

public:
    using Confirm = std::function<Status(const QString& password, const QString& code)>;
    ConfirmIdentityDialog(const QString& explanation, const QString& actionText, Confirm confirm,
                          QWidget* parent = nullptr);
    ~ConfirmIdentityDialog() override;

private:
    void tryConfirm();
    void updateButton();

    const std::unique_ptr<Ui::ConfirmIdentityDialog> m_ui;
    Confirm m_confirm;
};

} // namespace warden
