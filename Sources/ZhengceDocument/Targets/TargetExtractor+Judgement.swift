import ZhengceText

/// Whether a number read by the grammar is a target: the refusals (dates, history, conditions, lists,
/// sanctions) and the commitment a target needs.
extension TargetExtractor {
    /// True when the reading is no target whatever commits to it: a list or ordinal number, history
    /// or a forecast, a definition, a condition on who is covered, a sanction, the size of a place.
    func isRefused(_ r: Reading, in sentence: Range<Int>, years: [YearMention]) -> Bool {
        let lo = sentence.lowerBound, hi = sentence.upperBound
        let (number, clauseStart, clauseEnd, phraseStart, end) = (r.number, r.clauseStart, r.clauseEnd, r.phraseStart, r.end)
        func before(_ words: [[UInt16]]) -> Bool {
            words.contains { number.start - $0.count >= lo && text.matches($0, at: number.start - $0.count) }
        }
        func inClauseBefore(_ words: [[UInt16]]) -> Bool {
            words.contains { text.find($0, from: clauseStart, to: phraseStart) != nil }
        }
        let deAfter = (end..<clauseEnd).contains { text[$0] == Self.de }
        // 百分之五十以上的公共收益金额应当优先用于补充专项维修资金: a share of a sum that an order puts to a use is set, not a
        // threshold of a modifier.
        let shareOfOrderedSum = r.kind == .share && end < clauseEnd && text[end] == Self.de
            && TargetLexicon.usedSums.contains { w in
                guard let at = text.find(w, from: end + 1, to: min(clauseEnd, end + 12)) else { return false }
                return [u16("应当"), u16("必须")].contains { text.matches($0, at: at + w.count) }
                    && text.find(u16("用于"), from: at + w.count, to: clauseEnd) != nil
            }

        // List numbers (等8个, 共130项) and conditions written just before (具有3年…, 年满60岁). 前 after the
        // end of a term (届满前十五日内, 期满前两个月内) opens a window before that end, not an ordinal (前5名).
        let qian = u16("前")
        let windowBeforeEnd = r.kind == .duration && number.start - 2 >= lo && text.matches(qian, at: number.start - 1)
            && (text[number.start - 2] == u16("满")[0] || number.start - 3 >= lo && text.matches(u16("到期"), at: number.start - 3))
        if r.cue == nil, !r.chained, !windowBeforeEnd, before(TargetLexicon.refusedBefore) { return true }
        if r.cue == nil, before(TargetLexicon.conditionsBefore) { return true }
        // History: 已, 了 (新增了228个; 为了 and 除了 aside), 以来/年来, 预计 (a forecast).
        if inClauseBefore(Self.already) { return true }
        if let le = (clauseStart..<phraseStart).first(where: { text[$0] == u16("了")[0] }),
           le == clauseStart || !"为除".utf16.contains(text[le - 1]) { return true }
        if inClauseBefore([u16("预计"), u16("以来"), u16("年来")]) { return true }
        // A sentence opened by a past year, 以来/年来 or a statistic reports what happened (2003年，…900万元; 据统计,
        // not 统计机构: a statistics office's time limits are set like any other).
        if years.contains(where: { $0.role == .past && opensClause($0.start, sentenceStart: lo) })
            || isStatisticReported(lo, before: phraseStart)
            || [u16("以来"), u16("年来")].contains(where: { text.find($0, from: lo, to: clauseEndAfter(lo, hi)) != nil }) { return true }
        if years.contains(where: { $0.role == .past && $0.start >= clauseStart && $0.start < phraseStart }) { return true }
        // 大连市请求，…建设炼油规模800万吨/年的项目: a request reported, not a commitment; 目前该项目的主要问题是…，
        // 总投资相应调整约为8.5亿元: the present state described (目前 opening the sentence, no order before the number).
        let firstClauseEnd = clauseEndAfter(lo, hi)
        // (Only a body or a place asks: 收到信访请求，…在15日内 and 涉外请求，可以延长三十日 keep their limits.)
        if [u16("请求"), u16("请示")].contains(where: { w in
            let p = firstClauseEnd - w.count
            return p - 1 >= lo && text.matches(w, at: p) && "市省县区局部委厅府司团院会".utf16.contains(text[p - 1])
        }) { return true }
        if text.matches(u16("目前"), at: lo),
           !TargetLexicon.modals.contains(where: { text.find($0, from: lo, to: phraseStart) != nil }) { return true }
        // 以1995年实招人数1445名为基数, 以一个月内取得的收入为一次: a definition by 以…为.
        if isYiWeiFrame(clauseStart: clauseStart, phraseStart: phraseStart, clauseEnd: clauseEnd) { return true }
        // 两个以上部门, 两处以上: a small count with a bound before a noun says who is covered (an amount of
        // money before a noun is no such count: 给予五万元以上奖励).
        // (应当由二人以上共同进行: persons counted right after an order and its verb are a quota of who acts.)
        if number.isSmallChinese, r.kind != .money,
           [u16("以上"), u16("以下"), u16("及以上"), u16("及以下")].contains(where: { end - $0.count >= 0 && text.matches($0, at: end - $0.count) }),
           end < hi, CharClass.isHan(text[end]), text[end] != Self.de,
           !((r.unit == "人" || r.unit == "名") && quotaModal(before: number.start, clauseStart: clauseStart) != nil),
           // (配备三名以上专职督学, 督导小组由三名以上督学组成: staff or members counted after a verb of staffing or 由.)
           !((r.unit == "人" || r.unit == "名") && before(TargetLexicon.staffing)),
           !(r.cue?.length == 1 && "由等".utf16.contains(text[number.start - 1])) { return true }
        // 设计最高时速不超过二十公里: a specification of a product or a thing (C3).
        if TargetLexicon.specifications.contains(where: { w in
            (0...2).contains { k in r.phraseStart - k - w.count >= clauseStart && text.matches(w, at: r.phraseStart - k - w.count) }
        }) { return true }
        // 树龄超过五十年: the age of a thing says which are covered.
        if r.phraseStart > lo, text[r.phraseStart - 1] == u16("龄")[0]
            || r.phraseStart - 1 > lo && text[r.phraseStart - 2] == u16("龄")[0] && "在为达".utf16.contains(text[r.phraseStart - 1]) { return true }
        // …不少于八小时的两次派件信息，并且…未得到回复的，快递经营企业可以…: a later clause of the sentence
        // ending in 的， closes a condition that holds the number, unless an order or a permission comes first.
        if inConditionalLead(clauseStart: lo, from: clauseEnd, sentenceEnd: hi) { return true }
        // 超过三个月不能开工的建设用地: a threshold inside a noun's modifier, closed by a later 的; or by a 的
        // in a later clause when a noun after it ends the sentence (原始基金超过2000万元，发起人…提出设立申请的
        // 非公募基金会；: the item of a list names a kind of thing).
        if let cue = r.cue, r.boundAfter == nil,
           TargetLexicon.thresholdCues.contains(where: { $0.count <= cue.length && text.matches($0, at: number.start - cue.length) }) {
            if let de = (end..<clauseEnd).first(where: { text[$0] == Self.de }), de > end, de + 1 < hi, CharClass.isHan(text[de + 1]),
               !TargetLexicon.modals.contains(where: { text.find($0, from: end, to: de) != nil }) { return true }
            if clauseEnd < hi, let de = (clauseEnd..<hi).last(where: { text[$0] == Self.de }), de + 1 < hi,
               ((de + 1)..<hi).allSatisfy({ CharClass.isHan(text[$0]) }),
               !TargetLexicon.modals.contains(where: { text.find($0, from: end, to: de) != nil }) { return true }
        }
        // 当储备金滚存总额超过…的百分之五十时，…: a clause of 当…时 or a threshold ending in 时 is a condition.
        if clauseEnd - 1 >= end, text[clauseEnd - 1] == u16("时")[0],
           text[clauseStart] == u16("当")[0] || r.cue.map({ cue in
               TargetLexicon.thresholdCues.contains { $0.count <= cue.length && text.matches($0, at: number.start - cue.length) } }) == true {
            return true
        }
        // 在采暖期开始后的十日内，应当在五小时内到达现场处理: a window after an event says when the later time
        // limit of the sentence applies; it is no limit itself.
        if r.kind == .duration, r.boundAfter == .atMost, end == clauseEnd, text[clauseStart] == u16("在")[0],
           text.find(u16("后"), from: clauseStart, to: phraseStart) != nil,
           ["小时内", "日内", "天内", "月内", "年内"].map(u16).contains(where: { text.find($0, from: clauseEnd, to: hi) != nil }) { return true }
        // 须有2/3以上理事出席方能召开, 2/3以上通过方为有效: a quorum or a majority says when a decision is
        // valid (a condition, like 达到本小区总户数三分之二以上的), not a quantity set.
        // (经三分之二以上委员同意，…方可出具: 方可 in the next clause; a lead time, 在计划起飞1小时前经…确认后方可起飞, stays.)
        if r.kind == .share || r.kind == .count {
            let nextEnd = clauseEnd < hi ? clauseEndAfter(clauseEnd + 1, hi) : clauseEnd
            if TargetLexicon.validityAfter.contains(where: { text.find($0, from: end, to: nextEnd) != nil }) { return true }
        }
        // 经出席会议的2/3以上委员表决通过, 1/3以上董事可以提议召开: a share at least of the members who agree, vote,
        // propose or attend is a majority or a threshold of a right (C1), not a share set.
        // (代表十人以上联名: a count of persons at least who act together is such a threshold too.)
        if r.kind == .share || r.kind == .count && (r.unit == "人" || r.unit == "名"), r.comparator == .atLeast,
           TargetLexicon.memberActions.contains(where: { w in
               // (表决权 is a right held, 持有…10%以上股权或者表决权: no vote taken.)
               guard let at = text.find(w, from: end, to: min(clauseEnd, end + 16)) else { return false }
               return !text.matches(u16("权"), at: at + w.count)
           }) { return true }
        // 自事故发生之日起30日内，事故造成的伤亡人数发生变化的，应当及时补报: a window standing alone in its clause,
        // followed by a condition (a clause ending in 的), says when the order applies; it is no time limit.
        if r.kind == .duration, r.boundAfter == .atMost, isWindowOfCondition(r, sentence: sentence) { return true }
        // 以小时计算，每满24小时，为1日: a quantity equated to a quantity of another unit is a conversion (a
        // definition of the reckoning), not a quantity set.
        if let cue = r.cue, cue.length == 1, text[number.start - 1] == u16("为")[0], isConversion(before: number.start - 1, lo) { return true }
        // 原租期在一年以上，承租人需要继续承租的，应当…: a threshold of a state, alone in a clause without an order,
        // followed by a clause ending in 的 before any order, is part of the sentence's condition.
        if isStateThreshold(r), inConditionalLead(clauseStart: lo, from: clauseEnd, sentenceEnd: hi, anyOpening: true) { return true }
        // 综合考虑人口规模、…国家“120”呼救电话10秒内接听比例要求和本市实际需要等因素: a factor to weigh is no
        // quantity set.
        if let k = text.find(u16("考虑"), from: lo, to: phraseStart), let f = text.find(u16("等因素"), from: end, to: hi),
           !(k..<f).contains(where: { Self.clauseEndUnits.contains(text[$0]) && !"、，,".utf16.contains(text[$0]) }) { return true }
        // 其中最高一项的限额: one picked by a superlative before 的 is no count (最多一次 stays a bound).
        if number.value == 1, number.isSmallChinese, r.cue?.length == 2, end < hi, text[end] == Self.de,
           ["最高", "最低", "最多", "最少", "最大", "最小"].map(u16).contains(where: { text.matches($0, at: number.start - 2) }) { return true }
        // 一个或者多个, 一项或者多项, 一个或者若干个: a vague amount (C5).
        if [u16("或者"), u16("或")].contains(where: { w in
            text.matches(w, at: end) && [u16("多"), u16("若干"), u16("几")].contains { text.matches($0, at: end + w.count) } }) { return true }
        // 一年内因安全生产违法行为受过两次以上行政处罚…的生产经营单位: a window of past conduct (受过, 曾 …) says which
        // are covered; it is no time limit.
        if r.kind == .duration, r.boundAfter == .atMost, r.cue == nil,
           TargetLexicon.pastConduct.contains(where: { text.find($0, from: end, to: clauseEnd) != nil }),
           !TargetLexicon.modals.contains(where: { text.find($0, from: clauseStart, to: clauseEnd) != nil }) { return true }
        // 直接经济损失在一百万元以下且未造成人员伤亡的一般事故，…可以委托…; 年许可取用地表水五十万立方米以上或者…以上的单位和个人，
        // 应当…: a threshold (以上, 以下) in a modifier closed by 的 and a noun later in the clause, with nothing ordering,
        // committing or dating before it in the sentence, defines the class of things or events the sentence is about.
        if r.cue == nil, r.period == nil, r.upper == nil, r.boundAfter == .atLeast || r.boundAfter == .atMost, !shareOfOrderedSum,
           [u16("以上"), u16("以下")].contains(where: { end - $0.count >= 0 && text.matches($0, at: end - $0.count) }),
           let de = (end..<clauseEnd).first(where: { text[$0] == Self.de }), de + 1 < clauseEnd, CharClass.isHan(text[de + 1]),
           !TargetLexicon.modals.contains(where: { text.find($0, from: lo, to: de) != nil }),
           !TargetLexicon.commitments.contains(where: { text.find($0, from: lo, to: de) != nil }),
           !years.contains(where: { $0.start >= lo && $0.start < phraseStart }) { return true }
        // …的工人，离开生产工作岗位一年以上，重新回到原岗位，应有一定的熟悉期: a duration of a state (N以上, no cue) ending its
        // clause, with nothing ordering or committing before it in the sentence and an order after it, is the condition of
        // that order.
        if r.kind == .duration, r.cue == nil, r.boundAfter == .atLeast, r.period == nil, end == clauseEnd,
           clauseEnd < hi, "，,".utf16.contains(text[clauseEnd]), isStateThreshold(r),
           !TargetLexicon.modals.contains(where: { text.find($0, from: lo, to: clauseStart) != nil }),
           !TargetLexicon.commitments.contains(where: { text.find($0, from: lo, to: clauseStart) != nil }),
           (TargetLexicon.modals + [u16("应")]).contains(where: { text.find($0, from: clauseEnd, to: hi) != nil }) { return true }
        // 保持二十四小时值班: round the clock, a name of a service (C3, like 7×24小时), not a duration.
        if r.unit == "小时", number.value == 24, r.comparator == nil { return true }
        // 责令其暂停相关责任部门6个月以上1年以下涉及…的服务, 责令停产停业三个月: a suspension ordered by an authority is a
        // sanction, whatever it suspends.
        if let order = text.find(u16("责令"), from: clauseStart, to: phraseStart),
           TargetLexicon.suspensions.contains(where: { text.find($0, from: order, to: phraseStart) != nil }) { return true }
        // 一千元以下罚款, 十五日以下拘留, 五年内不得申报: a sanction or a ban.
        if Self.sanctions.contains(where: { text.find($0, from: clauseStart, to: clauseEnd) != nil }) { return true }
        // 处违法所得五倍以下罚款，但最高不超过十万元: an amount of money in a sentence that imposes a fine before it is
        // the fine's own bound.
        if r.kind == .money, [u16("罚款"), u16("罚金")].contains(where: { text.find($0, from: lo, to: phraseStart) != nil }) { return true }
        // …并处违法所得二倍以上十倍以下的罚款；违法所得不足十万元的，按十万元计算: the same base reckoned in the next
        // sentence of the paragraph.
        if r.kind == .money, text.find(u16("计算"), from: end, to: clauseEnd) != nil {
            var p = lo
            while p > 0, lo - p < 300, text[p - 1] != 0x0A { p -= 1 }
            if [u16("罚款"), u16("罚金")].contains(where: { text.find($0, from: p, to: lo) != nil }) { return true }
        }
        // 情节严重的，暂停两年至五年从事招标代理业务; 暂扣其适任证书三个月至六个月: a sentence of sanctions.
        // (暂扣的期限不得超过七日 and 三个工作日内返还暂扣物品 are limits on the authority: a cue, or 暂扣 after.)
        if text.matches(u16("情节严重的"), at: lo)
            || r.cue == nil && [u16("暂扣"), u16("取消其")].contains(where: { text.find($0, from: clauseStart, to: phraseStart) != nil }) { return true }
        // (造成严重后果的，5年内禁止其开展…临床试验: a ban, like 五年内不得申报.)
        if r.kind == .duration, r.boundAfter == .atMost, [u16("不得"), u16("不予"), u16("禁止")].contains(where: { text.matches($0, at: end) }) { return true }
        // 总用地面积为41.565公顷: the size of a place, described.
        if let cue = r.cue, cue.comparator == .exactly, cue.length == 1, inClauseBefore([u16("面积")]) { return true }
        // A list of names before an unbounded count (北京、天津…11个城市).
        if r.comparator == nil, !r.chained, text.units[clauseStart..<number.start].filter({ $0 == Self.enumComma }).count >= 2 { return true }
        // A clause ending in 的 is a condition (入围生产企业为2家的，).
        if clauseEnd - 1 >= end, text[clauseEnd - 1] == Self.de { return true }
        // 具有专家、…和5年以上优秀培训业绩的机构: a qualification (具有/具备 … 的).
        if inClauseBefore([u16("具有"), u16("具备")]), deAfter { return true }
        // 对单户担保金额500万元及以下…的担保业务给予…: the object of 对 says who is covered.
        // (对其遗属增发12个月的残疾抚恤金: a verb of payment between 对 and the number makes 对 name who is paid, and the
        // number the amount paid.)
        if let dui = (clauseStart..<phraseStart).last(where: { text[$0] == u16("对")[0] }), phraseStart - dui > 1, deAfter,
           !TargetLexicon.payments.contains(where: { text.find($0, from: dui, to: number.start) != nil }) { return true }
        // N…的 describing a noun, unless the noun is the measure's own norm or scale (6个月的标准,
        // 2000名的招生规模) or the number is a duration of an activity (3—12个月的就业见习).
        let afterPhrase = text.matches(Self.renminbi, at: end) ? end + 3 : end
        if afterPhrase < hi, text[afterPhrase] == Self.de, !shareOfOrderedSum {
            var nounEnd = afterPhrase + 1
            while nounEnd < clauseEnd, CharClass.isHan(text[nounEnd]), nounEnd - afterPhrase <= 8 { nounEnd += 1 }
            let kept = text.matchAny(TargetLexicon.keptAfterDe, at: afterPhrase + 1) != nil
                || TargetLexicon.keptAfterDe.contains { nounEnd - $0.count > afterPhrase && text.matches($0, at: nounEnd - $0.count) }
            // 按照不超过八百毫升的献血量免交: a bound after 按照 sets the norm the noun is measured by.
            let norm = r.cue.map { c in TargetLexicon.norms.contains { text.matches($0, at: number.start - c.length - $0.count) } } ?? false
                || isReckoned(r)
            // 省每年从预算内基本建设拨款中安排百分之二的专项资金: a share set aside as funds.
            let funds = r.kind == .share && TargetLexicon.funds.contains { nounEnd - $0.count > afterPhrase && text.matches($0, at: nounEnd - $0.count) }
                && TargetLexicon.allocations.contains { text.find($0, from: clauseStart, to: number.start) != nil }
            // 应当给予每人不少于5000元的一次性经济帮助: money granted by a verb before it is the amount of what is granted.
            let granted = r.kind == .money && inClauseBefore(TargetLexicon.grants)
            // 应当保持不少于上年度日均经营量十倍的粮食库存: a bound ordered (a modal before its cue in the clause) sizes the
            // noun it is ordered for; 应当储存能维持十五日以上的口粮: a stock sized by how long it lasts.
            let ordered = r.cue.map { c in c.length >= 2 && c.comparator != .exactly
                && TargetLexicon.modals.contains { text.find($0, from: clauseStart, to: number.start - c.length) != nil }
                && text.find(u16("对"), from: clauseStart, to: number.start - c.length) == nil } ?? false
            let lasting = TargetLexicon.lasting.contains { number.start - $0.count >= clauseStart && text.matches($0, at: number.start - $0.count) }
                && TargetLexicon.modals.contains { text.find($0, from: clauseStart, to: number.start) != nil }
            if !kept && !norm && !funds && !granted && !ordered && !lasting && !(r.kind == .duration && r.boundAfter == nil) && !r.afterTarget { return true }
        }
        return false
    }

    /// True when the text commits to the reading: a bound, a range, a period or a chain; else a
    /// deadline or a commitment verb (建设, 培育 …) in its clause. Chinese numerals without 十/百/千 and
    /// counts of 次 need a commitment of their own (三年内, 每年两次, 只能享受一次, 免征五年), which sets
    /// `exactly` when no bound is written.
    func isCommitted(_ r: inout Reading, recurring: Bool, hasDeadline: Bool, in sentence: Range<Int>) -> Bool {
        let lo = sentence.lowerBound, number = r.number
        // 一对夫妻可以生育三个子女, 应当配备两名: a count after a permission or an order and its verb is a quota.
        // (一 after a modal is mostly an article, 应当指定一个部门, 可以使用一种外国文字: not read so.)
        if r.kind == .count, r.comparator == nil, !r.chained, number.value >= 2,
           let c = quotaModal(before: number.start, clauseStart: r.clauseStart) {
            r.comparator = c
            return true
        }
        let verb = TargetLexicon.commitments.contains { text.find($0, from: r.clauseStart, to: r.phraseStart) != nil }
        let strong = r.comparator != nil || recurring || r.chained
        if number.isSmallChinese || r.kind == .frequency || (r.kind == .duration && number.isChinese) {
            // 一次性发给六个月失业保险金标准的丧葬补助金: a duration measuring a norm.
            let norm = r.kind == .duration && text.find(u16("标准"), from: r.end, to: min(r.clauseEnd, r.end + 20)) != nil
            let exempt = norm || isGradeSchedule(r, lo) || TargetLexicon.fixedBeforeSmall.contains {
                number.start - $0.count >= lo && text.matches($0, at: number.start - $0.count)
            }
            if exempt, r.comparator == nil { r.comparator = .exactly }
            return strong || exempt
        }
        if r.kind == .duration {
            // 按照职工本人的月工资除以月计薪天数（21.75天）进行折算: a duration inside 按照…折算 is the norm of the reckoning.
            if isReckoned(r), r.comparator == nil { r.comparator = .exactly; return true }
            return strong || verb
        }
        // 按照捐献一次折合全血八百毫升计算: an amount inside 按照…计算 is the norm of the reckoning.
        let reckoned = isReckoned(r) || isGradeSchedule(r, lo)
        if reckoned, r.comparator == nil { r.comparator = .exactly }
        return strong || hasDeadline || verb || reckoned
    }

    /// The comparator of a quota whose count follows a permission or an order and one to five characters of its
    /// verb (可以生育三个, 可以再生育至三个, 应当配备两名), nil otherwise.
    func quotaModal(before p: Int, clauseStart: Int) -> TargetComparator? {
        var q = p
        while q > clauseStart, p - q < 5, CharClass.isHan(text[q - 1]), !CharClass.isChineseNumeral(text[q - 1]) {
            q -= 1
            if let (_, c) = TargetLexicon.quotaModals.first(where: { q - $0.0.count >= clauseStart && text.matches($0.0, at: q - $0.0.count) }) {
                // 可以选择其中一套: one picked from a set is no quota; 可以选择献四百毫升、三百毫升或者二百毫升: options, each exact.
                if text.find(u16("其中"), from: q, to: p) != nil { return nil }
                return text.find(u16("选择"), from: q, to: p) != nil ? .exactly : c
            }
        }
        return nil
    }

    /// True for an amount inside 按照…计算 (or 确定, 核定, 计发): the norm of a reckoning
    /// (按照…60平方米的建筑面积确定).
    func isReckoned(_ r: Reading) -> Bool {
        TargetLexicon.norms.contains { text.find($0, from: r.clauseStart, to: r.phraseStart) != nil }
            && TargetLexicon.reckonings.contains { text.find($0, from: r.end, to: r.clauseEnd) != nil }
    }

    /// True for an entry of a schedule by grade (一次性工伤医疗补助金，五级十六个月，六级十四个月): the number
    /// follows N级 directly.
    func isGradeSchedule(_ r: Reading, _ lo: Int) -> Bool {
        let p = r.number.start
        guard r.cue == nil, p - 2 >= lo, text[p - 1] == u16("级")[0] else { return false }
        return CharClass.isDigit(text[p - 2]) || CharClass.isChineseNumeral(text[p - 2])
    }

    /// True when a clause after `from` (in the sentence) ends in 的 before a comma, opens with a word
    /// that carries a condition on (并且, 且, 或者, 又, 未, 不 …), and nothing between `clauseStart` (the
    /// sentence's start) and that 的 orders or permits (应当, 可以, 不得 …) or sets a deadline: the number is then part of a
    /// condition (…，并且…未得到回复的，). A clause opening anew (对…的，, 情况复杂的，) closes no condition
    /// of the clauses before it.
    /// True when a quantity of a unit ends just before `p` (为 at `p`), in the same clause or the one before
    /// (每满24小时，为1日): the number after 为 converts it.
    func isConversion(before p: Int, _ lo: Int) -> Bool {
        var k = p
        if k > lo, "，,".utf16.contains(text[k - 1]) { k -= 1 }
        return TargetLexicon.units.contains { w, _ in
            k - w.count - 1 >= lo && text.matches(w, at: k - w.count)
                && (CharClass.isDigit(text[k - w.count - 1]) || CharClass.isChineseNumeral(text[k - w.count - 1]))
        }
    }

    /// True for a threshold describing a state (在一年以上, 达六个月以上, 超过…): a bound 以上/以下 after the
    /// number or a threshold cue before it, in a clause that neither orders nor commits (no modal, no verb of
    /// commitment) and holds no time limit.
    func isStateThreshold(_ r: Reading) -> Bool {
        let bounded = [u16("以上"), u16("以下")].contains { r.end - $0.count >= 0 && text.matches($0, at: r.end - $0.count) }
        let threshold = r.cue.map { c in TargetLexicon.thresholdCues.contains { $0.count <= c.length && text.matches($0, at: r.number.start - c.length) } } ?? false
        guard bounded || threshold, r.period == nil else { return false }
        return !TargetLexicon.modals.contains { text.find($0, from: r.clauseStart, to: r.clauseEnd) != nil }
            && !TargetLexicon.commitments.contains { text.find($0, from: r.clauseStart, to: r.clauseEnd) != nil }
            && !TargetLexicon.frequencyCues.contains { text.find($0, from: r.clauseStart, to: r.clauseEnd) != nil }
    }

    func inConditionalLead(clauseStart: Int, from: Int, sentenceEnd: Int, anyOpening: Bool = false) -> Bool {
        let commas = UnitSet("，,")
        var q = from
        while q < sentenceEnd, commas.contains(text[q]) {
            var e = q + 1
            while e < sentenceEnd, !Self.clauseEndUnits.contains(text[e]) { e += 1 }
            guard e < sentenceEnd else { return false }
            if text[e - 1] == Self.de, commas.contains(text[e]), !text.matches(u16("目的"), at: e - 2) {
                guard anyOpening ? !text.matches(u16("对"), at: q + 1)
                        : TargetLexicon.conditionLinks.contains(where: { text.matches($0, at: q + 1) }) else { return false }
                // (A threshold of a state stops at the condition's own clause: 承租人需要继续承租的 holds 需 of the condition.)
                let modal = TargetLexicon.modals.contains { text.find($0, from: clauseStart, to: anyOpening ? q : e) != nil }
                let year = (clauseStart..<e).contains { text[$0] == u16("年")[0] && $0 > clauseStart && CharClass.isDigit(text[$0 - 1]) }
                return !modal && !year
            }
            q = e
        }
        return false
    }

    /// True when a duration limit stands alone in its clause (自事故发生之日起30日内，, a parenthesis after it
    /// aside), nothing before it in the sentence orders (…应当…，并自…之日起七日内，将…报送 is the time limit of
    /// that order), and a later clause of the sentence ends in 的， before any clause that orders (应当, 可以 …)
    /// without ending in 的: the window belongs to that condition, unless the clause after the condition permits
    /// (可以: the window is the time limit of a right). A clause opening with 对 (对符合条件的，,
    /// 对其他申请人未经…同意，使用…数据申请登记的，) picks the cases of the order and closes no condition.
    func isWindowOfCondition(_ r: Reading, sentence: Range<Int>) -> Bool {
        let hi = sentence.upperBound
        var tail = r.end
        if tail < r.clauseEnd, "（(".utf16.contains(text[tail]) {
            var depth = 0
            while tail < r.clauseEnd {
                if "（(".utf16.contains(text[tail]) { depth += 1 } else if "）)".utf16.contains(text[tail]) { depth -= 1; if depth == 0 { tail += 1; break } }
                tail += 1
            }
        }
        while tail < r.clauseEnd, "）)".utf16.contains(text[tail]) { tail += 1 }
        guard tail == r.clauseEnd, r.clauseEnd < hi, "，,".utf16.contains(text[r.clauseEnd]),
              !TargetLexicon.modals.contains(where: { text.find($0, from: sentence.lowerBound, to: r.end) != nil }) else { return false }
        var q = r.clauseEnd + 1
        while q < hi {
            var e = q
            while e < hi, !Self.clauseEndUnits.contains(text[e]) { e += 1 }
            guard e < hi, "，,".utf16.contains(text[e]), !text.matches(u16("对"), at: q) else { return false }
            // (消费者自购买直销产品之日起30日内，产品未开封的，可以…办理退货: a permission to the subject holding the
            // window is the time limit of its right; a window opening its clause, 自事故发生之日起30日内，…的，上级人民政府
            // 可以…, has no holder.)
            if text[e - 1] == Self.de {
                let held = !"自在从".utf16.contains(text[r.clauseStart])
                return !(held && text.find(u16("可以"), from: e, to: clauseEndAfter(e + 1, hi)) != nil)
            }
            if TargetLexicon.modals.contains(where: { text.find($0, from: q, to: e) != nil }) { return false }
            q = e + 1
        }
        return false
    }

    /// True when a statistic is reported before `p` in the sentence: 统计 after 据 or 经 (据统计, 据初步统计, 经统计) or
    /// before 显示/表明 (统计显示, 统计数据表明); 统计机构, 统计调查 are no report.
    func isStatisticReported(_ lo: Int, before p: Int) -> Bool {
        var q = lo
        while let at = text.find(u16("统计"), from: q, to: p) {
            if (max(lo, at - 4)..<at).contains(where: { "据经".utf16.contains(text[$0]) })
                || TargetLexicon.statisticsShow.contains(where: { text.find($0, from: at + 2, to: min(p, at + 6)) != nil }) { return true }
            q = at + 2
        }
        return false
    }

    /// True for "以 … N … 为 …" (以1995年实招人数1445名为基数): the number defines a base or a unit.
    func isYiWeiFrame(clauseStart: Int, phraseStart: Int, clauseEnd: Int) -> Bool {
        let yi = u16("以")[0], wei = u16("为")[0]
        let words = ["以上", "以下", "以内", "以及", "以来", "以后", "以前", "以便", "以免"].map(u16)
        let notYi = UnitSet("可难所予加用足得借")
        guard let at = (clauseStart..<phraseStart).last(where: { p in
            text[p] == yi && !words.contains { text.matches($0, at: p) } && (p == clauseStart || !notYi.contains(text[p - 1]))
        }) else { return false }
        return ((at + 1)..<clauseEnd).contains { text[$0] == wei }
    }
}
