#pragma once

#include "authorization/Actor.h"
#include "services/AuthService.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class FirstRunDialog;
}

namespace warden {

/// First run: account and first Super Administrator details, then TOTP enrollment with a QR
/// code and the secret as text; the core creates everything once a valid code confirms it.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(AuthService& auth, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    /// The signed-in administrator; valid after accept().
    [[nodiscard]] const Actor& actor() const { return m_actor; }

private:
    void next();
    void showError(const QString& message);

    const std::unique_ptr<Ui::FirstRunDialog> m_ui;
    AuthService& m_auth;
    std::optional<FirstRunEnrollment> m_enrollment;
    Actor m_actor;
};

} // namespace warden
