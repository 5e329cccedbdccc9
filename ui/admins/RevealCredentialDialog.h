#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class RevealCredentialDialog;
}

class QTimer;

namespace warden {

/// Shows a revealed break-glass credential for at most kShowSeconds, counting down, then wipes
/// it from the screen and closes. It cannot be selected or copied: the value never enters the
/// clipboard.
class RevealCredentialDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kShowSeconds = 30;

    RevealCredentialDialog(const QString& email, QString credential, QWidget* parent = nullptr);
    ~RevealCredentialDialog() override;

    [[nodiscard]] int remainingSeconds() const { return m_remaining; }

public Q_SLOTS:
    /// One second passed (driven by the timer; tests call it directly).
    void countDown();

private:
    void wipe();

    const std::unique_ptr<Ui::RevealCredentialDialog> m_ui;
    QTimer* m_timer;
    int m_remaining = kShowSeconds;
};

} // namespace warden
