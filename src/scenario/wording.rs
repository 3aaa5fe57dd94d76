//! The default wording of the stock-option notice's items (8), (9) and (11): IIJ's
//! notice of June 26, 2013, word for word. A scenario that leaves an item empty prints
//! this text, so files stay small.
//!
//! Changing a text here changes the drafts of every file that relies on it: do it only
//! with a schema version bump whose migration writes the old text into those files.
//!
//! Format (see `report/notice`): one line per paragraph; a line starting "1)" is a list
//! item; a line starting with spaces continues the item above on a new line.

/// Item (8), conditions for acquisition of stock acquisition rights.
pub const ACQUISITION_CONDITIONS: &str = concat!(
    "In case that a resolution for the approval of any of the proposals 1) or 2) below is adopted at the General Meeting of Shareholders of the Company (or at a meeting of the Board of Directors of the Company if resolution at a General Meeting of Shareholders is not required), the Company may acquire the stock acquisition rights as at the date specifically determined by the Board of Directors of the Company without contribution.\n",
    "1) Proposal for approval of a merger agreement under which the Company shall be merged\n",
    "2) Proposal for approval of a share exchange agreement or share transfer plan under which the Company shall be a wholly-owned subsidiary",
);

/// Item (9), the rights granted on an organizational restructuring.
pub const RESTRUCTURING_TERMS: &str = concat!(
    "In the event the Company merges (limited to cases wherein the Company becomes a dissolving company), performs an absorption-type demerger or an incorporation-type demerger (only if the Company becomes the split company), or conducts a share exchange or a share transfer (only if the Company becomes a wholly-owned subsidiary) (hereinafter collectively referred to as “Organizational Restructuring”), stock acquisition rights of a corporation described in Article 236, Paragraph 1, Items 8.1 through 8.5 of the Corporation Law of Japan (hereinafter “Restructured Company”) shall be granted to each Stock Acquisition Right Holder remaining unexercised (hereinafter “Remaining Stock Acquisition Rights”) immediately before the date when Organizational Restructuring takes effect (refers to the date when absorption-type merger takes effect, the date on which the company incorporated through the incorporation-type merger, the date when absorption-type demerger takes effect, the date on which the company incorporated through the incorporation-type demerger, the date when share exchange takes effect, or the date when the wholly-owning parent company is established by share transfer). However, the foregoing shall apply only to cases in which the delivery of stock acquisition rights of the Restructured Company according to the following conditions is stipulated in the absorption-type merger agreement, the incorporation-type merger agreement, the absorption-type demerger agreement, the incorporation-type demerger plan, the share exchange agreement or the share transfer plan.\n",
    "1) Number of stock acquisition rights of the Restructured Company to be delivered\n",
    "   The Company shall deliver stock acquisition rights, the number of which shall equal the number of stock acquisition rights held by the holder of the Remaining Stock Acquisition Rights.\n",
    "2) Class of shares of the Restructured Company to be issued upon exercise of stock acquisition rights\n",
    "   Common stock of the Restructured Company\n",
    "3) Number of shares of the Restructured Company to be issued upon exercise of stock acquisition rights\n",
    "   To be decided according to (3) above after taking into consideration the conditions etc. of the Organizational Restructuring.\n",
    "4) Value of the assets to be contributed upon exercise of stock acquisition rights\n",
    "   The value of the assets to be contributed upon exercise of each stock acquisition rights shall be the amount obtained by multiplying the amount to be paid after restructuring as stipulated below, and the number of shares of the Reorganized Company to be issued upon exercise of the stock acquisition rights as determined in accordance with 3) above. The amount to be paid after restructuring shall be one (1) yen per share of the Restructured Company that can be granted due to the exercise of each stock acquisition right that is to be granted.\n",
    "5) Exercise period of stock acquisition rights\n",
    "   Starting from the later of either the commencement date of the exercise period of stock acquisition rights as stipulated in (5) above, or the date on which the Organizational Restructuring becomes effective and ending on the expiration date for the exercise of stock acquisition rights as stipulated in (5) above.\n",
    "6) Matters concerning increase in capital stock and capital reserve to be increased by the issuance of shares upon exercise of stock acquisition rights\n",
    "   To be determined in accordance with (6) above.\n",
    "7) Restriction on acquisition of stock acquisition rights by transfer\n",
    "   Any acquisition of stock acquisition rights by transfer shall be subject to the approval by resolution of the Board of Directors of the Restructured Company.\n",
    "8) Conditions for acquisition of stock acquisition rights\n",
    "   To be determined in accordance with (8) above.\n",
    "9) Other terms and conditions of exercising stock acquisition rights\n",
    "   To be determined in accordance with (11) below.",
);

/// Item (11), other terms and conditions of exercising the rights.
pub const EXERCISE_CONDITIONS: &str = concat!(
    "1) Partial execution of each stock acquisition rights is not allowed.\n",
    "2) A person granted the stock acquisition rights may exercise its rights only within ten (10) days from the day following the day the person loses his or her position as a Director or Executive Officer of the Company, except for losing his or her position by passing away. However, this does not apply if his or her legal heir who inherit the stock acquisition rights as described in the following paragraph 3) exercise the rights.\n",
    "3) If a person granted the stock acquisition rights passes away, only one of his or her legal heir is permitted to inherit the granted stock acquisition rights (hereinafter referred as “Grantee”), The Grantee can exercise only within six (6) months after inheriting the new shares acquisition rights. If the Grantee passes away, the stock acquisition rights cannot be passed on to the legal heir of the Grantee.\n",
    "4) The Share Purchase Warrants shall not be transferred to third-party, offered for pledge or disposed of in any other way.\n",
    "5) Matters concerning other conditions for the exercise of stock acquisition rights, other than the items prescribed above, shall be determined at the meeting of the Board of Directors when the terms and conditions of offering of stock acquisition rights are determined.",
);
