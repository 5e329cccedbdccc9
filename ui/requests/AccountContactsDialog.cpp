#include "AccountContactsDialog.h"

#include "CoreServices.h"
#include "MessageBoxes.h"
#include "directory/PeoplePicker.h"
#include "ui_AccountContactsDialog.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace warden {

AccountContactsDialog::AccountContactsDialog(CoreServices& core, Actor actor, qint64 accountId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountContactsDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_accountId(accountId)
    , m_picker(new PeoplePicker(core, m_actor, PeoplePicker::Mode::One, this))
{
    m_ui->setupUi(this);
    m_ui->emailPickerContainerLayout->addWidget(m_picker);
    m_picker->searchLineEdit()->setObjectName(QStringLiteral("emailLineEdit"));
    m_picker->searchLineEdit()->setAccessibleName(tr("Email address"));
    m_picker->resultsView()->setObjectName(QStringLiteral("contactResultsTableView"));
    m_picker->resultsView()->setMinimumHeight(110);
    m_ui->emailLabel->setBuddy(m_picker->searchLineEdit());
    m_picker->setScope(accountId);
    m_picker->placeInTabOrder(m_ui->titleLineEdit, m_ui->directorCheckBox);
    connect(m_picker, &PeoplePicker::chosenChanged, this, [this] {
        if (m_ui->nameLineEdit->text().trimmed().isEmpty() && !m_picker->chosenName().isEmpty()) {
            m_ui->nameLineEdit->setText(m_picker->chosenName());
        }
    });
    m_ui->contactsTableWidget->setColumnCount(4);
    m_ui->contactsTableWidget->setHorizontalHeaderLabels(
        {tr("Name"), tr("Title"), tr("Email address"), tr("Approves")});
    m_ui->contactsTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->contactsTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->contactsTableWidget->verticalHeader()->hide();
    m_ui->messageLabel->hide();
    const Status editable = core.contacts().canEdit(m_actor, accountId);
    for (QWidget* widget :
         std::initializer_list<QWidget*> {m_ui->newButton, m_ui->saveButton, m_ui->removeButton, m_ui->nameLineEdit,
                                          m_ui->titleLineEdit, m_picker, m_ui->directorCheckBox}) {
        widget->setEnabled(editable.ok());
        widget->setToolTip(editable ? QString() : editable.refusal().message);
    }
    connect(m_ui->contactsTableWidget, &QTableWidget::currentCellChanged, this, &AccountContactsDialog::showSelected);
    connect(m_ui->newButton, &QPushButton::clicked, this, &AccountContactsDialog::clearForm);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AccountContactsDialog::save);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountContactsDialog::remove);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::accept);
    reload();
    clearForm();
}

AccountContactsDialog::~AccountContactsDialog() = default;

void AccountContactsDialog::reload()
{
    auto contacts = m_core.contacts().list(m_actor, m_accountId);
    if (!contacts) {
        showMessage(contacts.refusal().message, true);
        return;
    }
    m_contacts = contacts.value();
    QSignalBlocker blocker(m_ui->contactsTableWidget);
    m_ui->contactsTableWidget->setRowCount(int(m_contacts.size()));
    for (int row = 0; row < m_contacts.size(); ++row) {
        const AccountContact& contact = m_contacts.at(row);
        const QStringList cells {contact.name, contact.title, contact.email,
                                 //: Approves column: the contact may not approve protected-role changes.
                                 contact.directorOrHigher ? tr("Yes (Director or higher)") : tr("No")};
        for (int column = 0; column < cells.size(); ++column) {
            m_ui->contactsTableWidget->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
}

void AccountContactsDialog::showSelected()
{
    const int row = m_ui->contactsTableWidget->currentRow();
    if (row < 0 || row >= m_contacts.size()) {
        return;
    }
    const AccountContact& contact = m_contacts.at(row);
    m_editingId = contact.id;
    m_editingChangedAt = contact.changedAt;
    m_ui->nameLineEdit->setText(contact.name);
    m_ui->titleLineEdit->setText(contact.title);
    m_picker->setSearchText(contact.email);
    m_ui->directorCheckBox->setChecked(contact.directorOrHigher);
    m_ui->saveButton->setText(tr("&Save Contact"));
}

void AccountContactsDialog::clearForm()
{
    m_editingId = 0;
    m_editingChangedAt = {};
    m_ui->contactsTableWidget->clearSelection();
    m_ui->nameLineEdit->clear();
    m_ui->titleLineEdit->clear();
    m_picker->setSearchText({});
    m_ui->directorCheckBox->setChecked(false);
    m_ui->saveButton->setText(tr("&Add Contact"));
    m_ui->nameLineEdit->setFocus();
}

void AccountContactsDialog::save()
{
    AccountContact contact;
    contact.id = m_editingId;
    contact.changedAt = m_editingChangedAt;
    contact.accountId = m_accountId;
    contact.name = m_ui->nameLineEdit->text();
    contact.title = m_ui->titleLineEdit->text();
    m_picker->runPendingSearch();
    contact.email = m_picker->chosenEmail().isEmpty() ? m_picker->searchLineEdit()->text() : m_picker->chosenEmail();
    contact.directorOrHigher = m_ui->directorCheckBox->isChecked();
    auto saved = m_core.contacts().save(m_actor, contact);
    if (!saved) {
        showMessage(saved.refusal().message, true);
        return;
    }
    reload();
    showMessage(tr("%1 was saved.").arg(saved.value().email), false);
    clearForm();
}

void AccountContactsDialog::remove()
{
    const int row = m_ui->contactsTableWidget->currentRow();
    if (row < 0 || row >= m_contacts.size()) {
        showMessage(tr("Select a contact first."), true);
        return;
    }
    const AccountContact contact = m_contacts.at(row);
    if (MessageBoxes::question(this, tr("Remove Contact"),
                               tr("Remove %1 from the account's contacts?").arg(contact.email))
        != QMessageBox::Yes) {
        return;
    }
    const Status removed = m_core.contacts().remove(m_actor, m_accountId, contact.id);
    if (!removed) {
        showMessage(removed.refusal().message, true);
        return;
    }
    reload();
    clearForm();
    showMessage(tr("%1 was removed.").arg(contact.email), false);
}

void AccountContactsDialog::showMessage(const QString& text, bool problem)
{
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

} // namespace warden
