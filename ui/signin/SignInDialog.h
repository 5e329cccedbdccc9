#pragma once

#include "authorization/Actor.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SignInDialog;
}

namespace warden {

class AuthService;

/// Asks for address, password and one-time code and signs in through the core; a refusal is
/// shown inline and the code field is cleared for the next code. `actor()` after accept().
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(AuthService& auth, QWidget* parent = nullptr);
    ~SignInDialog() override;

    /// The signed-in administrator; valid after accept().
    [[nodiscard]] const Actor& actor() const { return m_actor; }
    void setEmail(const QString& email);

private:
    void trySignIn();
    void updateButton();

    const std::unique_ptr<Ui::SignInDialog> m_ui;
    AuthService& m_auth;
    Actor m_actor;
};

} // namespace warden
