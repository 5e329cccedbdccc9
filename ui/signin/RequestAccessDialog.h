#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class RequestAccessDialog;
}

class QTimer;

namespace warden {

class ComputerAccess;

/// Shown when this computer holds no key for the database: asks for the administrator's address
/// and password and files a request (ComputerAccess), then shows the fingerprint to read aloud
/// and waits, checking every two seconds, until the request is approved (then accept(): the
/// caller opens the database again), refused or expired. A computer that already asked goes
/// straight to waiting. Also restores the key from a recovery kit.
class RequestAccessDialog : public QDialog
{
    Q_OBJECT

public:
    RequestAccessDialog(ComputerAccess& access, const QString& reason, QWidget* parent = nullptr);
    ~RequestAccessDialog() override;

    void setEmail(const QString& email);

private:
    void submit();
    void restoreFromKit();
    /// Shows the filed request and where it stands; accepts once it is approved.
    void refreshStatus();
    void showError(const QString& text);

    const std::unique_ptr<Ui::RequestAccessDialog> m_ui;
    ComputerAccess& m_access;
    QTimer* m_poll;
};

} // namespace warden
