#include "SignInDialog.h"

#include "EnrollmentDialog.h"
#include "services/AuthService.h"
#include "ui_SignInDialog.h"

#include <QPushButton>
#include <QRegularExpressionValidator>

namespace warden {

SignInDialog::SignInDialog(AuthService& auth, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_auth(auth)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    m_ui->codeLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_ui->codeLineEdit));
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_ui->emailLineEdit, m_ui->passwordLineEdit, m_ui->codeLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    }
    updateButton();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setEmail(const QString& email)
{
    m_ui->emailLineEdit->setText(email);
    m_ui->passwordLineEdit->setFocus();
}

void SignInDialog::updateButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->emailLineEdit->text().trimmed().isEmpty() && !m_ui->passwordLineEdit->text().isEmpty()
                     && (m_ui->codeLineEdit->text().size() == 6 || m_ui->codeLineEdit->text().isEmpty()));
}

void SignInDialog::trySignIn()
{
    setCursor(Qt::WaitCursor);
    auto actor = m_auth.signIn(m_ui->emailLineEdit->text(), m_ui->passwordLineEdit->text(), m_ui->codeLineEdit->text());
    unsetCursor();
    if (!actor && actor.refusal().kind == Refusal::Kind::EnrollmentRequired) {
        // A temporary password, or a reset: set a password and enroll the authenticator first.
        auto enrollment = m_auth.beginEnrollment(m_ui->emailLineEdit->text(), m_ui->passwordLineEdit->text());
        if (enrollment) {
            EnrollmentDialog dialog(m_auth, std::move(enrollment).value(), this);
            if (dialog.exec() == QDialog::Accepted) {
                m_actor = dialog.actor();
                m_ui->passwordLineEdit->clear();
                accept();
            }
            return;
        }
        actor = enrollment.refusal();
    }
    if (!actor) {
        m_ui->errorLabel->setText(actor.refusal().message);
        m_ui->errorLabel->show();
        m_ui->codeLineEdit->clear();
        m_ui->codeLineEdit->setFocus();
        return;
    }
    m_actor = actor.value();
    m_ui->passwordLineEdit->clear();
    accept();
}

} // namespace warden
