#include "RequestAccessDialog.h"

#include "services/ComputerAccess.h"
#include "ui_RequestAccessDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QInputDialog>
#include <QPushButton>
#include <QTimer>

namespace warden {

namespace {

constexpr int kPollMilliseconds = 2000;

} // namespace

RequestAccessDialog::RequestAccessDialog(ComputerAccess& access, const QString& reason, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RequestAccessDialog>())
    , m_access(access)
    , m_poll(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->reasonLabel->setText(reason);
    m_ui->errorLabel->hide();
    m_ui->nameLineEdit->setText(ComputerAccess::defaultComputerName());
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_ui->fingerprintLabel->setFont(big);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Request Access"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RequestAccessDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &RequestAccessDialog::restoreFromKit);
    m_poll->setInterval(kPollMilliseconds);
    connect(m_poll, &QTimer::timeout, this, &RequestAccessDialog::refreshStatus);
    // A computer that already asked waits for the answer.
    auto mine = m_access.status();
    if (mine && mine.value().status != ComputerStatus::Expired) {
        refreshStatus();
    }
}

RequestAccessDialog::~RequestAccessDialog() = default;

void RequestAccessDialog::setEmail(const QString& email)
{
    m_ui->emailLineEdit->setText(email);
    m_ui->passwordLineEdit->setFocus();
}

void RequestAccessDialog::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void RequestAccessDialog::submit()
{
    if (m_ui->pages->currentWidget() == m_ui->waitingPage) {
        refreshStatus();
        return;
    }
    setCursor(Qt::WaitCursor);
    auto ticket =
        m_access.request(m_ui->emailLineEdit->text(), m_ui->passwordLineEdit->text(), m_ui->nameLineEdit->text());
    unsetCursor();
    m_ui->passwordLineEdit->clear();
    if (!ticket) {
        showError(ticket.refusal().message);
        return;
    }
    showError({});
    refreshStatus();
}

void RequestAccessDialog::refreshStatus()
{
    auto mine = m_access.status();
    if (!mine) {
        showError(mine.refusal().message);
        return;
    }
    const Computer& computer = mine.value();
    m_ui->pages->setCurrentWidget(m_ui->waitingPage);
    m_ui->restoreButton->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Check Now"));
    m_ui->waitingIntroLabel->setText(
        tr("Request #%1 from %2 is filed. Read this fingerprint to the administrator who approves it, by phone or "
           "in person:")
            .arg(computer.id)
            .arg(computer.name));
    m_ui->fingerprintLabel->setText(computer.fingerprint);
    switch (computer.status) {
    case ComputerStatus::Pending:
        m_ui->statusLabel->setText(tr("Waiting for approval… (this window checks by itself; the request expires "
                                      "after 24 hours)"));
        m_poll->start();
        return;
    case ComputerStatus::Approved:
        m_poll->stop();
        m_ui->statusLabel->setText(tr("Approved by %1.").arg(computer.decidedBy));
        accept();
        return;
    case ComputerStatus::Refused:
    case ComputerStatus::Expired:
    case ComputerStatus::Revoked:
        m_poll->stop();
        m_ui->statusLabel->setText(
            computerStatusDisplayName(computer.status)
            + (computer.decidedBy.isEmpty() ? QString() : QLatin1String(" — ") + computer.decidedBy));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
}

void RequestAccessDialog::restoreFromKit()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from Recovery Kit"), QString(),
                                                      tr("Warden recovery kits (*.kit);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray kit = file.read(1 << 20);
    bool ok = false;
    const QString passphrase =
        QInputDialog::getText(this, tr("Recovery Kit Passphrase"), tr("The passphrase of %1:").arg(path),
                              QLineEdit::Password, QString(), &ok);
    if (!ok) {
        return;
    }
    const Status restored = m_access.importRecoveryKit(kit, passphrase, m_ui->nameLineEdit->text());
    if (!restored) {
        showError(restored.refusal().message);
        return;
    }
    accept();
}

} // namespace warden
