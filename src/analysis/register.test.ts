import { describe, expect, test } from 'vitest';
import { detectRegister } from './register.ts';

describe('detectRegister', () => {
  test.each([
    'Salut, tu peux regarder le fichier ?',
    "T'as eu le temps de finir la maquette ?",
    "Coucou, t'es dispo demain pour un call ?",
    'Merci pour ton devis, je reviens vers toi vite.',
    'Ta dernière version est top, tes couleurs aussi !',
    'Envoie-moi les sources quand tu peux.',
    'Dis-moi si ça roule pour jeudi.',
    'Peux-tu me renvoyer le PDF stp',
    'Pourrais-tu ajouter une page ?',
    "Je te rappelle demain matin, c'est noté.",
    'Merci à toi !',
    // Québec: "tu" as subject and "-tu" after a verb in s/x are the pronoun.
    'Allô! As-tu reçu mes photos? Pis sais-tu quand tu vas avoir fini?',
    'Bonjour Geneviève, je viens de t’envoyer le virement, merci ben gros!',
    // Belgium and Switzerland, informal.
    'Salut, tu me fais signe quand les septante flyers sont prêts ?',
    'Hello, ton natel était éteint, rappelle-moi.',
    // One plural "vous" to a team does not outweigh a client who says tu.
    'Tu peux me renvoyer ça ? Je vous mets en copie, toi et Léa.',
  ])('tu: %s', (text) => {
    expect(detectRegister(text)).toBe('tu');
  });

  test.each([
    'Bonjour, vous pouvez me renvoyer le fichier ?',
    'Merci pour votre devis, nous revenons vers vous rapidement.',
    'Pourriez-vous ajouter une page à vos maquettes ?',
    'Envoyez-moi les sources dès que possible.',
    'Dites-moi si jeudi vous convient.',
    'Bonjour Monsieur Martin, merci pour le rapport.',
    'Le ton du texte est trop formel, pourriez-vous le revoir ?',
    'Pouvons-nous décaler la réunion à jeudi ?',
    // Québec: "-tu" after a form not in s/x is a question particle.
    "C'est-tu possible d'avoir les fichiers lundi? Vous pouvez-tu me confirmer?",
    // Belgium and Switzerland, formal.
    'Bonjour Madame, seriez-vous joignable sur votre GSM jeudi ? Bien à vous',
    'Bonjour, merci de nous faire parvenir votre offre. Meilleures salutations',
    // Nothing tells: vous, the polite default.
    'Bien reçu les fichiers, merci.',
    '',
  ])('vous: %s', (text) => {
    expect(detectRegister(text)).toBe('vous');
  });
});
