#include "ConfirmIdentityDialog.h"

#include "ui_ConfirmIdentityDialog.h"

#include <QPushButton>
#include <QRegularExpressionValidator>

namespace warden {

ConfirmIdentityDialog::ConfirmIdentityDialog(const QString& explanation, const QString& actionText, Confirm confirm,
                                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmIdentityDialog>())
    , m_confirm(std::move(confirm))
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(explanation);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(actionText);
    m_ui->codeLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_ui->codeLineEdit));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConfirmIdentityDialog::tryConfirm);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this, &ConfirmIdentityDialog::updateButton);
    connect(m_ui->codeLineEdit, &QLineEdit::textChanged, this, &ConfirmIdentityDialog::updateButton);
    updateButton();
}

ConfirmIdentityDialog::~ConfirmIdentityDialog() = default;

void ConfirmIdentityDialog::updateButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->passwordLineEdit->text().isEmpty() && m_ui->codeLineEdit->text().size() == 6);
}

void ConfirmIdentityDialog::tryConfirm()
{
    setCursor(Qt::WaitCursor);
    const Status done = m_confirm(m_ui->passwordLineEdit->text(), m_ui->codeLineEdit->text());
    unsetCursor();
    if (!done) {
        m_ui->errorLabel->setText(done.refusal().message);
        m_ui->errorLabel->show();
        m_ui->codeLineEdit->clear();
        m_ui->codeLineEdit->setFocus();
        return;
    }
    m_ui->passwordLineEdit->clear();
    accept();
}

} // namespace warden
