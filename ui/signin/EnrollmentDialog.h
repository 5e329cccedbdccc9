#pragma once

#include "authorization/Actor.h"
#include "services/AuthService.h"

#include <QDialog>
#include <memory>

namespace Ui {
class EnrollmentDialog;
}

namespace warden {

/// The first sign-in after an invitation or a password reset: a new password (unless the
/// keychain holds it, for backup accounts) and a new authenticator enrollment by QR code,
/// confirmed with the code it shows. `actor()` after accept().
class EnrollmentDialog : public QDialog
{
    Q_OBJECT

public:
    EnrollmentDialog(AuthService& auth, PendingEnrollment enrollment, QWidget* parent = nullptr);
    ~EnrollmentDialog() override;

    [[nodiscard]] const Actor& actor() const { return m_actor; }

private:
    void finish();
    void updateButton();

    const std::unique_ptr<Ui::EnrollmentDialog> m_ui;
    AuthService& m_auth;
    PendingEnrollment m_enrollment;
    Actor m_actor;
};

} // namespace warden
