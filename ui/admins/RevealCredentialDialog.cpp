#include "RevealCredentialDialog.h"

#include "ui_RevealCredentialDialog.h"

#include <QFontDatabase>
#include <QTimer>

namespace warden {

RevealCredentialDialog::RevealCredentialDialog(const QString& email, QString credential, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevealCredentialDialog>())
    , m_timer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("The password of the backup account %1, from the OS keychain. Your retrieval is "
                                 "recorded in the audit log.")
                                  .arg(email));
    // A label without text interaction: it cannot be selected or copied, so the value never
    // reaches the clipboard.
    m_ui->credentialLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->credentialLabel->setText(credential);
    credential.fill(QLatin1Char('\0'));
    m_ui->countdownBar->setRange(0, kShowSeconds);
    m_ui->countdownBar->setValue(kShowSeconds);
    m_ui->countdownLabel->setText(tr("Hidden in %n second(s).", nullptr, m_remaining));
    m_timer->setObjectName(QStringLiteral("countdownTimer"));
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &RevealCredentialDialog::countDown);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(this, &QDialog::finished, this, &RevealCredentialDialog::wipe);
    m_timer->start();
}

RevealCredentialDialog::~RevealCredentialDialog()
{
    wipe();
}

void RevealCredentialDialog::countDown()
{
    m_remaining = std::max(0, m_remaining - 1);
    m_ui->countdownBar->setValue(m_remaining);
    m_ui->countdownLabel->setText(tr("Hidden in %n second(s).", nullptr, m_remaining));
    if (m_remaining == 0) {
        wipe();
        accept();
    }
}

void RevealCredentialDialog::wipe()
{
    m_timer->stop();
    m_ui->credentialLabel->clear();
    m_ui->countdownLabel->setText(tr("Hidden."));
}

} // namespace warden
